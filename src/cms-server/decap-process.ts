/**
 * decap-server in a child process, listening on a private socket instead of a TCP port. No web
 * page can reach a Unix socket (or a Windows named pipe), so the only way in is through the
 * guard (src/cms-server/guard.ts), which checks Host, Origin and every path first. Decap's own
 * `index.js` can only listen on a port, so this mounts its exported middlewares (the same
 * code, from node_modules/decap-server) on an Express app of its own.
 *
 *   DECAP_SOCKET        where to listen
 *   MODE                fs | git (as decap-server)
 *   GIT_REPO_DIRECTORY  the folder decap-server resolves paths against (as decap-server)
 */
import { createRequire } from 'node:module';
import { buildError, DecapSocketMissing } from '../core/errors/index.ts';

const require = createRequire(import.meta.url);
const decapRequire = createRequire(require.resolve('decap-server/package.json'));
const express = decapRequire('express') as () => {
  listen: (path: string, done: () => void) => { on: (event: string, fn: (e: Error) => void) => void };
};
const middlewares = decapRequire('./dist/middlewares.js') as Record<
  'registerLocalFs' | 'registerLocalGit',
  (app: unknown, options: { logLevel?: string }) => Promise<void>
>;

const socket = process.env.DECAP_SOCKET;
if (!socket) throw buildError(DecapSocketMissing);
const app = express();
const register = process.env.MODE === 'git' ? middlewares.registerLocalGit : middlewares.registerLocalFs;
try {
  await register(app, { logLevel: process.env.LOG_LEVEL ?? 'warn' });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
app
  .listen(socket, () => process.send?.('listening'))
  .on('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
