/**
 * The SDG feature's entry point: what routes, templates and other features may use of its logic
 * and loaders. Its components are imported from `components/` directly (a barrel re-exporting
 * them would bundle every component's styles into every page that imports it).
 */
export * from './sdg-pages.ts';
export * from './load-sdg-pages.ts';
export * from './page-models.ts';
