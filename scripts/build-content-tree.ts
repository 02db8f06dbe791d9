/**
 * Builds the site from another content tree (CONTENT_DIR) into another folder, for tests and
 * benchmarks. Astro caches the content layer in `.astro/` and `node_modules/.astro/` keyed by
 * file paths; a build of a temporary tree would leave those pointing at files that are deleted
 * afterwards, and the next ordinary build would fail to resolve them. So the content cache is
 * dropped before and after: each build syncs its own tree from scratch.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT_CACHE = [
  '.astro/data-store.json',
  '.astro/content-modules.mjs',
  '.astro/content-assets.mjs',
  'node_modules/.astro/data-store.json',
];

export function forgetContentCache(root: string): void {
  for (const file of CONTENT_CACHE) rmSync(join(root, file), { force: true });
}

/**
 * Vitest mirrors `import.meta.env` into its process environment (MODE=test, DEV=1, PROD=''),
 * and a child Astro build inherits them: its pages then see a development build, and
 * `oncePerBuild` recomputes site-wide data for every page (ten times slower on 200 entries).
 */
const VITE_ENV_MIRROR = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function buildContentTree(root: string, contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): void {
  forgetContentCache(root);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV_MIRROR.includes(key)));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env, CONTENT_DIR: contentDir },
    });
  } finally {
    forgetContentCache(root);
  }
}
