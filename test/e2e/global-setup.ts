/**
 * Builds the site once for all browser tests, with the build day pinned so statuses
 * computed from dates do not change with the calendar.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const BUILD_DATE = '2026-11-24';

export default function setup() {
  const root = join(import.meta.dirname, '../..');
  execFileSync('npm', ['run', 'build', '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
