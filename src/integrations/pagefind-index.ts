/** Builds the Pagefind index of a built site: used after `astro build` and by the benchmark. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { SEARCH_INDEX_ATTRIBUTE, UNINDEXED } from '../render/search-index.ts';
import { searchHref } from '../core/urls.ts';
import {
  buildError,
  PagefindIndexNotCreated,
  PagefindIndexNotWritten,
  PagefindNoSpanishIndex,
  PagefindPageNotIndexed,
  SearchPageMarkerMissing,
} from '../core/errors/index.ts';

export async function indexSite(siteDir: string): Promise<{ pages: number; index: string }> {
  // Every page is Spanish; forcing it keeps one index (and the Spanish stemmer) for all.
  const { index, errors } = await createIndex({ forceLanguage: 'es' });
  if (!index) throw buildError(PagefindIndexNotCreated, errors.join('; '));
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw buildError(PagefindPageNotIndexed, siteDir, added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw buildError(PagefindIndexNotWritten, written.errors.join('; '));
    return { pages: added.page_count, index: stampSearchPage(siteDir) };
  } finally {
    await close();
  }
}

/**
 * Writes the name of the index just built into the search page. Knowing it, the page asks
 * for Pagefind's script, its WebAssembly, the entry file and the metadata all at once when
 * the reader starts searching, instead of learning each address from the one before: two
 * round trips fewer (600 ms on 3G). The name is a hash of the index, so it also serves
 * Pagefind as the cache tag of its entry file.
 */
function stampSearchPage(siteDir: string): string {
  const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const hash = entry.languages.es?.hash;
  if (!hash) throw buildError(PagefindNoSpanishIndex);
  const page = join(siteDir, searchHref, 'index.html');
  const html = readFileSync(page, 'utf8');
  const marker = `${SEARCH_INDEX_ATTRIBUTE}="${UNINDEXED}"`;
  if (!html.includes(marker)) throw buildError(SearchPageMarkerMissing, page, marker);
  writeFileSync(page, html.replace(marker, `${SEARCH_INDEX_ATTRIBUTE}="${hash}"`));
  return hash;
}
