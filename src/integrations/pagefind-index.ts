/** Builds the Pagefind index of a built site: used after `astro build` and by the benchmark. */
import { close, createIndex } from 'pagefind';

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  // Every page is Spanish; forcing it keeps one index (and the Spanish stemmer) for all.
  const { index, errors } = await createIndex({ forceLanguage: 'es' });
  if (!index) throw new Error(`Pagefind no pudo crear el índice: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind no pudo indexar el sitio: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir.replace(/\/$/, '')}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind no pudo escribir el índice: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await close();
  }
}
