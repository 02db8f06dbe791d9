/**
 * Where the Pagefind index lives and how the search page learns its name: shared by the
 * build step that writes the index and the island that reads it.
 */
export const PAGEFIND_BASE = '/pagefind/';
/** The search page names its index here; the indexing step replaces the placeholder with the index hash. */
export const SEARCH_INDEX_ATTRIBUTE = 'data-pagefind-index';
export const UNINDEXED = 'none';

/**
 * Marks words the site writes around an entry (field labels, headings taken from the schema or
 * the dictionary). They are the same on every page of a type, so they tell pages apart for no
 * query and only add to the index: without this, «gestión» matched every practice through the
 * label «Momentos del ciclo de la gestión». Pagefind still shows and reads the entry's own words.
 */
export const SITE_WORDS = { 'data-pagefind-ignore': '' } as const;

/** The files Pagefind needs before it can answer anything, given the index hash. */
export function firstFiles(hash: string): string[] {
  return [
    `${PAGEFIND_BASE}pagefind-entry.json?ts=${hash}`,
    `${PAGEFIND_BASE}wasm.es.pagefind`,
    `${PAGEFIND_BASE}pagefind.${hash}.pf_meta`,
  ];
}
