/**
 * The search feature's entry point: what routes, templates and other features may use of it.
 * Anything not exported here is the feature's own business (the architecture test says so).
 */
export * from './search-options.ts';
export * from './search-query.ts';
export * from './search-reach.ts';
export * from './search-tags.ts';
export { default as SearchBox } from './components/SearchBox.astro';
export { default as SearchTags } from './components/SearchTags.astro';
export { default as SiteSearch } from './components/SiteSearch.astro';
