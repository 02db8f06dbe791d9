/**
 * `npm run cms`: edit content on this machine. Starts the site in dev mode and the editing
 * server (src/cms-server/: a guard in front of Decap's decap-server), both on 127.0.0.1, and
 * prints where the CMS is. By default the review workflow runs on this repository's branches
 * (git mode: a draft lives on `cms/<collection>/<slug>` until it is published, by merging into
 * the branch checked out now); CMS_MODE=fs writes files directly and publishes on save. The
 * admin bundle is built first if stale and rebuilt while cms/ or src/ change (reload /admin/).
 * A port already in use, or a backend that fails, stops it with a Spanish message and exit
 * code 1: it never reports ready on someone else's server. Ctrl+C stops all.
 */
import { fileURLToPath } from 'node:url';
import { type CmsServers, CmsStartError, assertPortFree, freePort, startCms } from './cms-servers.ts';
import { t } from '../src/i18n/index.ts';
import { BuildError } from '../src/core/errors/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_SITE_PORT = 4321;

/** PORT and CMS_BACKEND_PORT are kept strictly; without PORT, 4321 if free, any free port otherwise. */
async function sitePort(): Promise<number> {
  if (process.env.PORT) return Number(process.env.PORT);
  return assertPortFree(DEFAULT_SITE_PORT, '', '').then(
    () => DEFAULT_SITE_PORT,
    () => freePort(),
  );
}

let servers: CmsServers;
try {
  servers = await startCms({
    root,
    mode: process.env.CMS_MODE === 'fs' ? 'fs' : 'git',
    sitePort: await sitePort(),
    ...(process.env.CMS_BACKEND_PORT ? { backendPort: Number(process.env.CMS_BACKEND_PORT) } : {}),
    verbose: true,
    watchCms: true,
  });
} catch (error) {
  console.error(
    `\n${t('cmsServer.failed', { reason: error instanceof BuildError ? error.details : (error as Error).message })}`,
  );
  if (!(error instanceof CmsStartError) && process.env.DEBUG) console.error(error);
  process.exit(1);
}
for (const warning of servers.warnings) console.warn(`\n${warning}`);
console.log(
  `\n${t('cmsServer.ready', {
    admin: `${servers.site}/admin/`,
    site: `${servers.site}/`,
    branch: servers.branch,
    mode: t(servers.mode === 'git' ? 'cmsServer.modeGit' : 'cmsServer.modeFs'),
  })}`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void servers.stop().then(() => process.exit(0)));
}
