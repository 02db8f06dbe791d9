/**
 * Where the Pagefind index lives and how the search page learns its name: shared by the
 * build step that writes the index and the island that reads it.
 */
export const PAGEFIND_BASE = '/pagefind/';
/** The search page names its index here; the indexing step replaces the placeholder with the index hash. */
export const SEARCH_INDEX_ATTRIBUTE = 'data-pagefind-index';
export const UNINDEXED = 'none';

/** The files Pagefind needs before it can answer anything, given the index hash. */
export function firstFiles(hash: string): string[] {
  return [`${PAGEFIND_BASE}pagefind-entry.json?ts=${hash}`, `${PAGEFIND_BASE}wasm.es.pagefind`, `${PAGEFIND_BASE}pagefind.${hash}.pf_meta`];
}
