/**
 * Runs in every test worker, before the test file: marks the worker's environment with the
 * run's mark (global-setup.ts), so every process a test starts carries it, and after the file's
 * own hooks (registered first, this `afterAll` runs last) fails the file if it left a child
 * process or a listening server behind, naming them. Leftover processes are killed as process
 * groups, so the failure is reported once and nothing outlives the run.
 */
import { afterAll, inject } from 'vitest';
import { RUN_MARK } from './global-setup.ts';
import { descendantsOf, formatProcesses, killAll, processes, settle } from './process-table.ts';

process.env[RUN_MARK] = inject('rtTestRun');

afterAll(async () => {
  const children = await settle(() => descendantsOf(process.pid));
  // A server created in this process (node:http, node:net) still listening.
  const servers = await settle(() => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap'), 5_000);
  const problems: string[] = [];
  if (children.length) {
    killAll(children);
    problems.push(`child processes still running (now killed):\n${formatProcesses(children)}`);
  }
  if (servers.length) {
    const ports = processes().find((p) => p.pid === process.pid)?.ports ?? [];
    problems.push(
      `${servers.length} server(s) still listening${ports.length ? ` on ${ports.map((port) => `127.0.0.1:${port}`).join(', ')}` : ''} (close them in afterAll or finally)`,
    );
  }
  if (problems.length) throw new Error(`This test file left behind:\n${problems.join('\n')}`);
}, 30_000);
