/**
 * `npm run cms`: edit content on this machine. Starts the site in dev mode and Decap's local
 * backend, both on 127.0.0.1, and prints where the CMS is. The admin bundle is built first if
 * stale and rebuilt while cms/ or src/ change (reload /admin/ to see it). Ctrl+C stops all.
 */
import { fileURLToPath } from 'node:url';
import { startCms } from './cms-servers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const servers = await startCms({
  root,
  sitePort: Number(process.env.PORT ?? 4321),
  backendPort: Number(process.env.CMS_BACKEND_PORT ?? 8081),
  verbose: true,
  watchCms: true,
});
console.log(`\nGestor de contenidos: ${servers.site}/admin/\nSitio en vivo:        ${servers.site}/\n(Ctrl+C para terminar)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void servers.stop().then(() => process.exit(0)));
}
