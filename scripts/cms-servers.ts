/**
 * Local editing: the site in dev mode plus the editing server (a guard in front of Decap's
 * decap-server, src/cms-server/), both bound to 127.0.0.1 so nobody else on the network can
 * write the editor's files, and the guard refuses any page but the admin and any path but the
 * content and media folders. Two modes: `fs` writes files and publishes on save; `git` (what
 * `npm run cms` uses) keeps each unpublished entry on its own branch of the repository holding
 * the content folder and publishes by merging, the review workflow production has. Used by
 * `npm run cms` and by the CMS browser tests (which point the content folder at a temporary
 * copy, or a throw-away repository).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { contentDir as defaultContentDir } from '../src/core/content-dir.ts';
import type { Refusal } from '../src/cms-server/policy.ts';
import { validateWrite } from '../src/validation/entry-context.ts';
import { buildCmsCommand, cmsBundleState } from '../src/integrations/cms-bundle.ts';
import { CmsStartError, LOOPBACK, startEditingBackend, uncommittedFiles } from '../src/cms-server/guard.ts';
import { repositoryIdentity } from '../src/cms-server/identity.ts';
import { editingPolicy } from '../src/cms-server/policy.ts';
import { t } from '../src/i18n/index.ts';
import {
  buildError,
  CmsBundleBuildFailed,
  EditingServerExited,
  EditingServerTimeout,
} from '../src/core/errors/index.ts';

export { CmsStartError };

export interface CmsServers {
  /** The site, e.g. http://127.0.0.1:4321; the CMS is at `${site}/admin/`. */
  site: string;
  backend: string;
  /** The branch the CMS reads and publishes to. */
  branch: string;
  mode: CmsMode;
  /** What the person starting the CMS should know (uncommitted changes in git mode). */
  warnings: string[];
  stop: () => Promise<void>;
}

export type CmsMode = 'fs' | 'git';

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
  /** `git`: review workflow on branches of the repository whose root holds the content folder. Default `fs`. */
  mode?: CmsMode;
}

const HOST = LOOPBACK;

/** The environment without what a test runner sets (NODE_ENV=test, VITEST…), which would change how Astro serves. */
function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  return { ...env, ...extra };
}

/** Refuses a port something already listens on, naming the variable that picks another. */
export function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new CmsStartError(t('cmsServer.portTaken', { port: String(port), what, variable }))
          : error,
      ),
    );
    server.listen(port, HOST, () => server.close(() => resolve()));
  });
}

/** The branch git mode publishes to: the one the repository is on; its root must be the content folder's parent. */
function gitBranch(repositoryDir: string): string {
  let top: string;
  try {
    top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd: repositoryDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    throw new CmsStartError(t('cmsServer.notRepository', { dir: repositoryDir }));
  }
  if (realpathSync(top) !== realpathSync(repositoryDir))
    throw new CmsStartError(t('cmsServer.notRepository', { dir: repositoryDir }));
  try {
    return execFileSync('git', ['symbolic-ref', '--short', '-q', 'HEAD'], {
      cwd: repositoryDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    throw new CmsStartError(t('cmsServer.detached'));
  }
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
    if (child.exitCode !== null) throw buildError(EditingServerExited, url, child.exitCode);
    try {
      const response = await fetch(url, init);
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw buildError(EditingServerTimeout, url, timeoutMs / 1000);
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
  if (code !== 0) throw buildError(CmsBundleBuildFailed, `exit code ${code}`);
}

export async function startCms(options: CmsOptions): Promise<CmsServers> {
  const { root, verbose = false, watchCms = false, mode = 'fs' } = options;
  const content = options.contentDir ?? defaultContentDir(root);
  // The backend sees paths relative to this folder; the config names the content folder under it.
  const repositoryDir = dirname(content);
  const branch = mode === 'git' ? gitBranch(repositoryDir) : (process.env.CMS_BRANCH ?? 'main');
  const warnings: string[] = [];
  if (mode === 'git') {
    const files = uncommittedFiles(repositoryDir);
    if (files.length > 0)
      warnings.push(
        t('cmsServer.dirtyAtStart', {
          files: files.slice(0, 3).join(', ') + (files.length > 3 ? ` y ${files.length - 3} más` : ''),
        }),
      );
  }
  const sitePort = options.sitePort ?? (await freePort());
  if (options.sitePort !== undefined) await assertPortFree(sitePort, t('cmsServer.portSite'), 'PORT');
  const site = `http://${HOST}:${sitePort}`;
  const editing = await startEditingBackend({
    repositoryDir,
    mode,
    policy: editingPolicy({ contentFolder: basename(content), branch }),
    port: options.backendPort ?? (await freePort()),
    siteOrigin: site,
    verbose,
    // Defence in depth: the admin already refuses an invalid entry before saving; a request that
    // skips the admin gets the same verdict here, and nothing is written.
    validateWrite: ({ params }) => refuseInvalidEntries(root, content, params),
  });
  // Ports and repository are settled before the (slow) bundle build, so a refusal comes at once.
  try {
    await ensureCmsBundle(root, verbose);
  } catch (error) {
    await editing.stop();
    throw error;
  }
  const stdio = verbose ? 'inherit' : 'ignore';
  const astro = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', HOST, '--port', String(sitePort)],
    {
      cwd: root,
      stdio,
      env: serverEnv({
        CONTENT_DIR: content,
        CMS_LOCAL_BACKEND: editing.url,
        CMS_BRANCH: branch,
        // decap-server's fs mode has no unpublished entries: say so rather than let Decap fall back quietly.
        CMS_EDITORIAL_WORKFLOW: mode === 'git' ? 'true' : 'false',
        // Git mode's checkouts would reload the editor's page mid-save (astro.config.mjs).
        CMS_LIVE_RELOAD: mode === 'git' ? 'false' : 'true',
        ASTRO_TELEMETRY_DISABLED: '1',
      }),
    },
  );
  const children = [astro];
  if (watchCms) children.push(buildCmsProcess(root, ['--watch'], verbose));
  // If this process dies without calling stop(), the servers must not outlive it.
  const killAll = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killAll);
  const stop = async () => {
    process.off('exit', killAll);
    await Promise.all([...children.map(stopChild), editing.stop()]);
  };
  try {
    await waitFor(`${site}/admin/`, astro);
    // The site that answers must be this checkout's: its admin page names this repository.
    const page = await (await fetch(`${site}/admin/`)).text();
    if (!page.includes(repositoryIdentity(repositoryDir)))
      throw new CmsStartError(t('cmsServer.notOurs', { url: site, dir: repositoryDir }));
  } catch (error) {
    await stop();
    throw error;
  }
  return { site, backend: editing.url, branch, mode, warnings, stop };
}

/** The content check's verdict on each entry file a persistEntry request would write. */
export function refuseInvalidEntries(
  root: string,
  content: string,
  params: Record<string, unknown>,
): Refusal | undefined {
  const entry = params.entry as { path?: string; raw?: string } | undefined;
  const files = (Array.isArray(params.dataFiles) ? params.dataFiles : entry ? [entry] : []) as {
    path?: string;
    raw?: string;
  }[];
  // Paths in a request are relative to the repository decap-server writes into: the content folder's parent.
  const uploads = (Array.isArray(params.assets) ? params.assets : []) as { path?: unknown }[];
  const pending = uploads.flatMap((a) => (typeof a?.path === 'string' ? [join(dirname(content), a.path)] : []));
  for (const file of files) {
    if (typeof file?.path !== 'string' || typeof file.raw !== 'string') continue;
    const problems = validateWrite(root, content, file.path, file.raw, pending);
    if (problems.length)
      return {
        status: 422,
        error: problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n'),
      };
  }
  return undefined;
}
