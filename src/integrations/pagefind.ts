/**
 * Indexes the built site with Pagefind's Node API when `astro build` finishes, so every build
 * (npm run build, astro build) ships an index that matches its pages.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexSite } from './pagefind-index.ts';

export default function pagefind(): AstroIntegration {
  return {
    name: 'red-territorial:pagefind',
    hooks: {
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
