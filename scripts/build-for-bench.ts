/** Benchmarks measure a fresh build of the demo content, with the build day pinned like the tests. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const dist = fileURLToPath(new URL('../dist', import.meta.url));

export function buildUnlessSkipped(): void {
  if (process.argv.includes('--no-build')) return;
  console.error('Building the site (pass --no-build to measure the current dist/)…');
  execFileSync('npx', ['astro', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BUILD_DATE: process.env.BUILD_DATE ?? '2026-11-24', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
