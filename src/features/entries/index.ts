/**
 * The entries feature's entry point: the loaders of the knowledge-entry pages (practices,
 * lessons) and the parts every entry page's loader shares (load-entry-parts.ts).
 * Its components are imported from `components/` directly: a barrel that re-exported them
 * would make Astro bundle every component's styles into every page that imports the barrel.
 */
export * from './load-entry-parts.ts';
export * from './load-lesson-page.ts';
export * from './load-practice-page.ts';
