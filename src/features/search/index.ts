/**
 * The search feature's entry point: what routes, templates and other features may use of its
 * logic and loaders. Its components are imported from `components/` directly: a barrel that
 * re-exported them would make Astro bundle every component's styles into every page that
 * imports the barrel.
 */
export * from './search-options.ts';
export * from './search-query.ts';
export * from './search-reach.ts';
export * from './search-tags.ts';
export * from './load-search-page.ts';
