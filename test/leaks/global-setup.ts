/**
 * The last word of every test run: nothing it started may still run. Each run gets a mark that
 * every process it starts inherits through its environment (after-file.ts puts it in each test
 * worker's), so a server that outlived its test file, even one orphaned when its worker died,
 * is found here by the mark. The check fails the run naming each such process and its ports,
 * and kills them, so a failed run does not leave `astro dev` or decap-server behind.
 *
 * Temporary files go the same way: the run gets its own TMPDIR, which every test worker and
 * every process they start inherit (`os.tmpdir()` reads it), and which is removed when the run
 * ends, passed or failed. Without it each run left hundreds of content copies and built sites
 * in /tmp (9,000 after a week).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { FAILURES_DIR_VAR } from '../helpers/failure-screenshot.ts';
import { formatProcesses, killAll, processes, processesWithEnv, settle } from './process-table.ts';

export const RUN_MARK = 'RT_TEST_RUN';

declare module 'vitest' {
  export interface ProvidedContext {
    rtTestRun: string;
  }
}

/** Vitest's own worker processes carry the mark too; they are the runner, not a leak. */
const isRunner = (command: string) =>
  /\bvitest\b/.test(command) && !/\b(astro|decap-server|chromium|tsx)\b/.test(command);

export default function setup(project: TestProject) {
  // One mark for the whole run, shared by every project that lists this setup.
  const mark = (process.env[RUN_MARK] ??= randomUUID());
  project.provide('rtTestRun', mark);
  const ownTmp = !process.env.RT_TEST_TMPDIR;
  // Screenshots of failed tests are kept where the run's TMPDIR is not (test/helpers/failure-screenshot.ts).
  process.env[FAILURES_DIR_VAR] ??= join(tmpdir(), 'rt-test-failures');
  const tmp = (process.env.RT_TEST_TMPDIR ??= mkdtempSync(join(tmpdir(), 'rt-test-run-')));
  process.env.TMPDIR = tmp;
  return async () => {
    try {
      await checkNothingRuns(mark);
    } finally {
      if (ownTmp) rmSync(tmp, { recursive: true, force: true });
    }
  };
}

async function checkNothingRuns(mark: string) {
  const find = () =>
    processesWithEnv(RUN_MARK, mark, processes()).filter((p) => p.pid !== process.pid && !isRunner(p.command));
  const left = await settle(find);
  if (left.length === 0) return;
  killAll(left);
  throw new Error(`The test run left ${left.length} process(es) running (now killed):\n${formatProcesses(left)}`);
}
