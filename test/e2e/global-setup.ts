/**
 * Builds the site once for all browser tests, from the tests' own content tree
 * (test/fixtures/site/content, through CONTENT_DIR) rather than the demo content editors may
 * change, with the build day pinned so statuses computed from dates do not change with the
 * calendar. Astro caches the content layer by file path, so the cache is dropped before and
 * after: the next ordinary build of `content/` syncs its own tree from scratch.
 */
import { execFileSync } from 'node:child_process';
import { forgetContentCache } from '../../scripts/build-content-tree.ts';
import { fixtureContentDir, projectRoot } from '../helpers/fixture-content.ts';

export const BUILD_DATE = '2026-11-24';

export default function setup() {
  forgetContentCache(projectRoot);
  try {
    execFileSync('npm', ['run', 'build', '--silent'], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: fixtureContentDir },
    });
  } finally {
    forgetContentCache(projectRoot);
  }
}
