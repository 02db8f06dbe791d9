/**
 * The publishing feature's entry point: what routes, templates and other features may use of its
 * logic and loaders. Its components are imported from `components/` directly: a barrel that
 * re-exported them would make Astro bundle every component's styles into every page that
 * imports the barrel.
 */
export * from './column-format.ts';
export * from './contributor-guide.ts';
export * from './datasets.ts';
export * from './entry-history.ts';
export * from './feed-selection.ts';
export * from './feeds.ts';
export * from './rss.ts';
export * from './load-feeds.ts';
export * from './load-datasets.ts';
export * from './load-contributor-guide.ts';
