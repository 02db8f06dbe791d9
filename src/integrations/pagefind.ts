/**
 * Search everywhere the site runs. After `astro build` it indexes the built site with
 * Pagefind's Node API, so every build (npm run build, astro build) ships an index that matches
 * its pages; under `astro dev` (npm start) the dev server indexes its own pages and serves
 * that index from memory (pagefind-dev.ts).
 */
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../core/content-dir.ts';
import { indexSite } from './pagefind-index.ts';
import { devSearch } from './pagefind-dev.ts';

export default function pagefind(): AstroIntegration {
  let root = process.cwd();
  let dev: ReturnType<typeof devSearch> | undefined;
  return {
    name: 'red-territorial:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const search = devSearch(logger);
        dev = search;
        server.middlewares.use((req, res, next) => void search.middleware(req, res, next));
        const content = contentDir(root) + sep;
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(content)) search.contentChanged();
        });
      },
      'astro:server:start': ({ address }) => {
        dev?.listening(address);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The search benchmark indexes in a step of its own, to time and weigh it apart.
        if (process.env.SEARCH_INDEX === 'skip') return logger.info('pagefind: skipped (SEARCH_INDEX=skip)');
        const started = performance.now();
        const { pages } = await indexSite(fileURLToPath(dir));
        logger.info(`pagefind: ${pages} pages indexed in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
