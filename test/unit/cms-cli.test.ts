/**
 * `npm run cms` never reports ready on someone else's server: with its site or backend port
 * already taken (another checkout's editing server, here a stand-in that answers like one), it
 * stops with a Spanish message naming the port and a non-zero exit, before building anything.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { type Server, createServer } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/cms-servers.ts';

const root = join(import.meta.dirname, '../..');
let taken: Server | undefined;

/** A server on the port, answering `info` the way decap-server does. */
async function occupy(): Promise<number> {
  const port = await freePort();
  taken = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify({ repo: 'otra-copia', publish_modes: ['simple'], type: 'local_fs' }));
  });
  await new Promise<void>((resolve) => taken!.listen(port, '127.0.0.1', resolve));
  return port;
}

/** The `npm run cms` of the running test, leader of its own process group. */
let cms: ChildProcess | undefined;

/** Signals the CLI's whole group: the site and editing servers it may have started go with it. */
function signalCms(signal: NodeJS.Signals) {
  if (!cms || cms.exitCode !== null || cms.signalCode !== null || cms.pid === undefined) return;
  try {
    process.kill(-cms.pid, signal);
  } catch {
    cms.kill(signal);
  }
}

afterEach(async () => {
  // A test that failed midway leaves nothing running.
  signalCms('SIGKILL');
  cms = undefined;
  taken?.closeAllConnections();
  await new Promise((resolve) => (taken ? taken.close(resolve) : resolve(undefined)));
  taken = undefined;
});

/** Runs `npm run cms` until it exits or says it is ready (then stops it: that is the failure). */
function runCms(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/cms.ts')], {
    cwd: root,
    env: { ...process.env, CMS_MODE: 'fs', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  cms = child;
  let out = '';
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalCms('SIGKILL'), 150_000);
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Gestor de contenidos: http')) signalCms('SIGINT');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

describe('npm run cms with a port already in use', () => {
  it.each([
    ['the editing server', 'CMS_BACKEND_PORT'],
    ['the site', 'PORT'],
  ])(
    'stops with a Spanish message and a non-zero exit when %s port is taken',
    { timeout: 180_000 },
    async (_, variable) => {
      const port = await occupy();
      const { code, out } = await runCms({
        PORT: String(await freePort()),
        CMS_BACKEND_PORT: String(await freePort()),
        [variable]: String(port),
      });
      expect(out).not.toContain('Gestor de contenidos: http');
      expect(out).toContain(`El puerto ${port}`);
      expect(out).toContain('ya está en uso');
      expect(out).toContain(variable);
      expect(out).not.toMatch(/EADDRINUSE|\n\s+at /);
      expect(code).not.toBe(0);
    },
  );
});
