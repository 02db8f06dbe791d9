/**
 * Indexes the built site with Pagefind's Node API when `astro build` finishes, so every build
 * (npm run build, astro build, the benchmark) ships an index that matches its pages.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export default function pagefind(): AstroIntegration {
  return {
    name: 'red-territorial:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // Every page is Spanish; forcing it keeps one index even if a page forgets lang="es".
        const { index, errors } = await createIndex({ forceLanguage: 'es' });
        if (!index) throw new Error(`Pagefind no pudo crear el índice: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind no pudo indexar el sitio: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind no pudo escribir el índice: ${written.errors.join('; ')}`);
        await close();
        const ms = Math.round(performance.now() - started);
        // The benchmark reads this line to time indexing apart from the Astro build.
        logger.info(`pagefind: ${added.page_count} pages indexed in ${ms} ms`);
      },
    },
  };
}
