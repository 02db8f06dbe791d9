/**
 * The related feature's entry point: what routes, templates and other features may use of its
 * logic and loaders. Its components are imported from `components/` directly: a barrel that
 * re-exported them would make Astro bundle every component's styles into every page that
 * imports the barrel.
 */
export * from './load-practice-lessons.ts';
export * from './load-related-cards.ts';
export * from './practice-lessons.ts';
export * from './related.ts';
export * from './alike-practices.ts';
export * from './load-alike-practices.ts';
