/**
 * The terms feature's entry point: what routes, templates and other features may use of its
 * logic and loaders. Its components are imported from `components/` directly: a barrel that
 * re-exported them would make Astro bundle every component's styles into every page that
 * imports the barrel.
 */
export * from './term-pages.ts';
export * from './load-term-page.ts';
export * from './page-models.ts';
