/**
 * The CMS admin app (Decap CMS's core with the widgets it uses, and React: ~0.85 MB gzip) is bundled by its own Vite build
 * (`scripts/build-cms.ts`, `npm run build:cms`) into `public/admin/cms/`, which Astro copies
 * into `dist/` and the dev server serves. Bundling it inside `astro build` raised the build's
 * peak memory by ~760 MB whatever the content size; in its own process that memory is freed
 * before Astro starts.
 *
 * The bundle build leaves a record (entry file, npm/own bytes of each chunk, hash of every
 * source module it read) so the admin page can name its entry, the page-weight audit can tell
 * our code from Decap's, and `astro build` can refuse a missing or stale bundle.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ChunkOrigins } from '../audit/chunk-origins.ts';
import { buildError, CmsBundleBuildFailed } from '../core/errors/index.ts';

/** Public folder of the bundle; the admin CSP (`/admin/*`) covers it. */
export const CMS_PUBLIC_PATH = '/admin/cms/';
export const cmsOutDir = (root: string) => join(root, 'public/admin/cms');
/** Outside `public/`: the record is for the build, not for readers. */
export const cmsRecordFile = (root: string) => join(root, 'node_modules/.astro/cms-bundle.json');

export interface CmsBundleRecord {
  /** Public path of the entry module, e.g. /admin/cms/admin-1a2b3c.js. */
  entry: string;
  origins: ChunkOrigins;
  /** Source files the bundle was built from (relative to the root) → sha256 of their text. */
  inputs: Record<string, string>;
  /**
   * Rendered bytes of the entry chunk by npm package (ours as `(portal)`), heaviest first: what
   * `npm run bench:cms` prints, so the next cut starts from a measurement.
   */
  packages?: Record<string, number>;
}

export const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

export function readCmsRecord(root: string): CmsBundleRecord | undefined {
  const file = cmsRecordFile(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CmsBundleRecord) : undefined;
}

export type CmsBundleState = { fresh: true; record: CmsBundleRecord } | { fresh: false; reason: string };

/** Whether the bundle on disk was built from the sources as they are now. */
export function cmsBundleState(root: string): CmsBundleState {
  const record = readCmsRecord(root);
  if (!record) return { fresh: false, reason: 'the CMS admin bundle has not been built' };
  const entryFile = join(cmsOutDir(root), record.entry.slice(CMS_PUBLIC_PATH.length));
  if (!existsSync(entryFile)) return { fresh: false, reason: `${relative(root, entryFile)} is missing` };
  for (const [input, hash] of Object.entries(record.inputs)) {
    const path = join(root, input);
    if (!existsSync(path) || fileHash(path) !== hash)
      return { fresh: false, reason: `${input} changed since the CMS admin bundle was built` };
  }
  return { fresh: true, record };
}

/** The bundler's command line: a child process, whose memory is returned when it exits. */
export function buildCmsCommand(root: string, args: string[] = []): [string, string[]] {
  return [
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      fileURLToPath(new URL('./cms-bundle-build.ts', import.meta.url)),
      '--root',
      root,
      ...args,
    ],
  ];
}

export const BUILD_CMS_HINT = 'run `npm run build:cms` (npm run build, dev and cms do it for you)';

/**
 * `astro build` never ships a missing or stale admin bundle: it builds it first, in a child
 * process, so Decap's bundling memory is never added to Astro's (bundling it inside this process
 * is what this design avoids) and a plain `astro build` — benchmarks, tests building other
 * content trees — stays correct without knowing about it. `npm run build` builds the bundle
 * beforehand, so this is then only a hash check. The build fails, naming the command, if the
 * bundler does. Dev only warns: /admin is one page of many.
 */
export default function cmsBundle(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'red-territorial:cms-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const state = cmsBundleState(root);
        if (state.fresh) return;
        logger.info(`Building the CMS admin bundle in its own process (${state.reason}).`);
        const [command, args] = buildCmsCommand(root, ['--quiet']);
        const run = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
        const after = cmsBundleState(root);
        if (run.status !== 0 || !after.fresh)
          throw buildError(CmsBundleBuildFailed, after.fresh ? `exit code ${run.status}` : after.reason);
      },
      'astro:server:setup': ({ logger }) => {
        const state = cmsBundleState(root);
        if (!state.fresh) logger.warn(`/admin will not work: ${state.reason}; ${BUILD_CMS_HINT}.`);
      },
    },
  };
}
