/**
 * Local editing: the site in dev mode plus Decap's local backend (decap-server), both bound
 * to 127.0.0.1 so nobody else on the network can write the editor's files. Used by
 * `npm run cms` and by the CMS browser tests (which point CONTENT_DIR at a temporary copy).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { contentDir as defaultContentDir } from '../src/lib/content-dir.ts';
import { buildCmsCommand, cmsBundleState } from '../src/integrations/cms-bundle.ts';

export interface CmsServers {
  /** The site, e.g. http://127.0.0.1:4321; the CMS is at `${site}/admin/`. */
  site: string;
  backend: string;
  stop: () => Promise<void>;
}

export interface CmsOptions {
  root: string;
  /** Absolute content folder; defaults to CONTENT_DIR or content/. */
  contentDir?: string;
  sitePort?: number;
  backendPort?: number;
  /** Show the servers' output (the CLI does; tests keep quiet). */
  verbose?: boolean;
  /** Rebuild the admin bundle when cms/ or src/ change (the CLI does). */
  watchCms?: boolean;
}

const HOST = '127.0.0.1';

/** The environment without what a test runner sets (NODE_ENV=test, VITEST…), which would change how Astro serves. */
function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  return { ...env, ...extra };
}

/** A port nothing listens on right now, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, init?: RequestInit, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`El servidor terminó antes de responder en ${url} (código ${child.exitCode}).`);
    try {
      const response = await fetch(url, init);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Nada respondió en ${url} tras ${timeoutMs / 1000} s.`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The admin bundler in a process of its own, so Decap's bundling memory is freed after it. */
function buildCmsProcess(root: string, args: string[], verbose: boolean): ChildProcess {
  const [command, commandArgs] = buildCmsCommand(root, args);
  return spawn(command, commandArgs, {
    cwd: root,
    stdio: verbose ? 'inherit' : ['ignore', 'ignore', 'inherit'],
    env: serverEnv({}),
  });
}

/** Builds the admin bundle unless the one on disk matches the sources. */
async function ensureCmsBundle(root: string, verbose: boolean): Promise<void> {
  if (cmsBundleState(root).fresh) return;
  const child = buildCmsProcess(root, [], verbose);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`No se pudo construir el paquete del CMS (npm run build:cms, código ${code}).`);
}

export async function startCms(options: CmsOptions): Promise<CmsServers> {
  const { root, verbose = false, watchCms = false } = options;
  await ensureCmsBundle(root, verbose);
  const content = options.contentDir ?? defaultContentDir(root);
  const backendPort = options.backendPort ?? (await freePort());
  const sitePort = options.sitePort ?? (await freePort());
  const backend = `http://${HOST}:${backendPort}/api/v1`;
  const stdio = verbose ? 'inherit' : 'ignore';

  const decap = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    cwd: root,
    stdio,
    env: serverEnv({
      PORT: String(backendPort),
      BIND_HOST: HOST,
      MODE: 'fs',
      // The backend writes paths relative to this folder; the config names `content/` under it.
      GIT_REPO_DIRECTORY: dirname(content),
      LOG_LEVEL: verbose ? 'info' : 'warn',
    }),
  });
  const astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', HOST, '--port', String(sitePort)], {
    cwd: root,
    stdio,
    env: serverEnv({ CONTENT_DIR: content, CMS_LOCAL_BACKEND: backend, ASTRO_TELEMETRY_DISABLED: '1' }),
  });
  const children = [astro, decap];
  if (watchCms) children.push(buildCmsProcess(root, ['--watch'], verbose));
  // If this process dies without calling stop(), the servers must not outlive it.
  const killAll = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    await Promise.all(children.map(stopChild));
  };
  try {
    const info = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'info' }) };
    await waitFor(backend, decap, info);
    await waitFor(`http://${HOST}:${sitePort}/admin/`, astro);
  } catch (error) {
    await stop();
    throw error;
  }
  return { site: `http://${HOST}:${sitePort}`, backend, stop };
}
