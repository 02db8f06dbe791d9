/**
 * The editing server the admin talks to: a guard in front of decap-server. decap-server runs in
 * a child process on a private socket (src/cms-server/decap-process.ts), so this guard is its
 * only door. Each request must name this server's own loopback address as its Host (a page
 * that rebinds its DNS name to 127.0.0.1 sends its own name) and the editing site as its Origin
 * (any other page the editor visits sends its own); its action and every path it names must
 * pass the policy (src/cms-server/policy.ts) and, on disk, no path may lead out of its folder
 * through a link. In git mode, nothing is written while the work tree holds changes of its own:
 * decap-server commits with `git add .` and switches branches, which would sweep an editor's
 * uncommitted work into a CMS commit on another branch.
 */
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { lstatSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { t } from '../i18n/index.ts';
import { repositoryIdentity } from './identity.ts';
import { type EditingPolicy, type Refusal, WRITING_ACTIONS, checkRequest, pathsOf } from './policy.ts';

export const LOOPBACK = '127.0.0.1';
/** Decap sends images base64-encoded inside JSON; decap-server's own limit. */
const MAX_BODY_MB = 50;

export interface EditingBackendOptions {
  /** The folder decap-server resolves paths against (the git repository in git mode). */
  repositoryDir: string;
  mode: 'fs' | 'git';
  policy: EditingPolicy;
  /** The port this guard listens on (127.0.0.1). */
  port: number;
  /** The only Origin accepted, e.g. http://127.0.0.1:4321. */
  siteOrigin: string;
  verbose?: boolean;
  /**
   * A last say on what is about to be written (persistEntry, persistMedia): the content check's
   * verdict on the entry, for instance. A refusal is answered as is; nothing is written.
   */
  validateWrite?: (body: {
    action: string;
    params: Record<string, unknown>;
  }) => Refusal | undefined | Promise<Refusal | undefined>;
}

export interface EditingBackend {
  /** The URL the admin's config names, e.g. http://127.0.0.1:8081/api/v1. */
  url: string;
  stop: () => Promise<void>;
}

/** A start failure with a message for the person who ran the command. */
export class CmsStartError extends Error {}

/** Changed or untracked files in the work tree, as `git status` lists them (ignored files excluded). */
export function uncommittedFiles(repositoryDir: string): string[] {
  const out = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
    cwd: repositoryDir,
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3));
}

const shortList = (files: string[]) =>
  files.slice(0, 3).join(', ') + (files.length > 3 ? ` y ${files.length - 3} más` : '');

/** No path may leave its folder through a link: the folder is itself, and the file is a plain file or absent. */
function checkOnDisk(repositoryDir: string, paths: string[]): Refusal | undefined {
  const root = realpathSync(repositoryDir);
  for (const path of paths) {
    const segments = path.split('/');
    let current = root;
    for (const [i, segment] of segments.entries()) {
      current = join(current, segment);
      let stat;
      try {
        stat = lstatSync(current);
      } catch {
        break; // Not there yet: decap-server creates it under the folder checked so far.
      }
      const last = i === segments.length - 1;
      if (stat.isSymbolicLink() || (last ? !stat.isFile() && !stat.isDirectory() : !stat.isDirectory())) {
        return { status: 403, error: t('cmsServer.pathOutside', { path }) };
      }
    }
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Forwards a checked request to decap-server over its socket. */
function forward(socket: string, body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const upstream = request(
      {
        socketPath: socket,
        path: '/api/v1',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

function socketPath(): { path: string; cleanup: () => void } {
  if (process.platform === 'win32')
    return { path: `\\\\.\\pipe\\rt-cms-${process.pid}-${Date.now()}`, cleanup: () => {} };
  // A folder only this user can enter (mkdtemp makes it 0700).
  const dir = mkdtempSync(join(tmpdir(), 'rt-cms-sock-'));
  return { path: join(dir, 'decap.sock'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function startDecap(options: EditingBackendOptions, socket: string): Promise<ChildProcess> {
  const script = fileURLToPath(new URL('./decap-process.ts', import.meta.url));
  const tsx = join(fileURLToPath(new URL('../..', import.meta.url)), 'node_modules/tsx/dist/loader.mjs');
  const child = fork(script, [], {
    execArgv: ['--import', pathToFileURL(tsx).href],
    cwd: options.repositoryDir,
    stdio: options.verbose ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'ignore', 'pipe', 'ipc'],
    env: {
      ...Object.fromEntries(
        Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
      ),
      DECAP_SOCKET: socket,
      MODE: options.mode,
      GIT_REPO_DIRECTORY: options.repositoryDir,
      LOG_LEVEL: options.verbose ? 'info' : 'error',
    },
  });
  let stderr = '';
  // Kept for the start failure message only: the last few KB.
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4_000)));
  return new Promise((resolve, reject) => {
    child.once('message', (message) => (message === 'listening' ? resolve(child) : undefined));
    child.once('exit', (code) => reject(new CmsStartError(`decap-server terminó (código ${code}) ${stderr.trim()}`)));
  });
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new CmsStartError(
              t('cmsServer.portTaken', {
                port: String(port),
                what: t('cmsServer.portBackend'),
                variable: 'CMS_BACKEND_PORT',
              }),
            )
          : error,
      ),
    );
    server.listen(port, LOOPBACK, () => resolve());
  });
}

export async function startEditingBackend(options: EditingBackendOptions): Promise<EditingBackend> {
  const { repositoryDir, mode, policy, port, siteOrigin } = options;
  const address = `${LOOPBACK}:${port}`;
  const identity = repositoryIdentity(repositoryDir);
  const cors = { 'access-control-allow-origin': siteOrigin, vary: 'Origin' };
  const socket = socketPath();
  // One request at a time past the checks: the dirty-tree check and the write it allows must not interleave.
  let queue: Promise<unknown> = Promise.resolve();

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.headers.host !== address) return send(res, 403, { error: t('cmsServer.host', { address }) });
    if (req.headers.origin !== siteOrigin)
      return send(res, 403, { error: t('cmsServer.origin', { site: siteOrigin }) });
    if (req.url !== '/api/v1') return send(res, 404, { error: t('cmsServer.malformed') }, cors);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'Content-Type',
        'access-control-max-age': '600',
      });
      return res.end();
    }
    if (req.method !== 'POST') return send(res, 405, { error: t('cmsServer.malformed') }, cors);
    const raw = await readBody(req, MAX_BODY_MB * 1024 * 1024);
    if (!raw) return send(res, 413, { error: t('cmsServer.tooLarge', { mb: MAX_BODY_MB }) }, cors);
    let body: { action?: string };
    try {
      body = JSON.parse(raw.toString('utf8')) as { action?: string };
    } catch {
      return send(res, 400, { error: t('cmsServer.malformed') }, cors);
    }
    const refusal = checkRequest(policy, body) ?? checkOnDisk(repositoryDir, pathsOf(body));
    if (refusal) return send(res, refusal.status, { error: refusal.error }, cors);
    const run = async () => {
      if (mode === 'git' && WRITING_ACTIONS.has(body.action!)) {
        const files = uncommittedFiles(repositoryDir);
        if (files.length > 0) return send(res, 409, { error: t('cmsServer.dirty', { files: shortList(files) }) }, cors);
      }
      if (options.validateWrite && (body.action === 'persistEntry' || body.action === 'persistMedia')) {
        const verdict = await options.validateWrite(body as { action: string; params: Record<string, unknown> });
        if (verdict) return send(res, verdict.status, { error: verdict.error }, cors);
      }
      const answer = await forward(socket.path, raw);
      if (body.action === 'info' && answer.status === 200) {
        return send(res, 200, { ...(JSON.parse(answer.text) as object), repository: identity }, cors);
      }
      res.writeHead(answer.status, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        ...cors,
      });
      res.end(answer.text);
    };
    const turn = queue.then(run, run);
    queue = turn.catch(() => undefined);
    await turn;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: Error) => {
      if (!res.headersSent) send(res, 502, { error: t('cmsServer.upstream', { reason: error.message }) });
    });
  });
  await listen(server, port);
  let decap: ChildProcess | undefined;
  const stop = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    if (decap && decap.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => decap!.kill('SIGKILL'), 5_000);
        decap!.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        decap!.kill('SIGTERM');
      });
    }
    socket.cleanup();
  };
  try {
    decap = await startDecap(options, socket.path);
  } catch (error) {
    await stop();
    throw error;
  }
  // If this process dies without calling stop(), decap-server must not outlive it.
  const kill = () => decap?.kill('SIGKILL');
  process.once('exit', kill);
  return {
    url: `http://${address}/api/v1`,
    stop: async () => {
      process.off('exit', kill);
      await stop();
    },
  };
}
