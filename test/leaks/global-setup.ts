/**
 * The last word of every test run: nothing it started may still run. Each run gets a mark that
 * every process it starts inherits through its environment (after-file.ts puts it in each test
 * worker's), so a server that outlived its test file, even one orphaned when its worker died,
 * is found here by the mark. The check fails the run naming each such process and its ports,
 * and kills them, so a failed run does not leave `astro dev` or decap-server behind.
 */
import { randomUUID } from 'node:crypto';
import type { TestProject } from 'vitest/node';
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
  return async () => {
    const find = () =>
      processesWithEnv(RUN_MARK, mark, processes()).filter((p) => p.pid !== process.pid && !isRunner(p.command));
    const left = await settle(find);
    if (left.length === 0) return;
    killAll(left);
    throw new Error(`The test run left ${left.length} process(es) running (now killed):\n${formatProcesses(left)}`);
  };
}
