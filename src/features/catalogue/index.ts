/**
 * The catalogue feature's entry point: what routes, templates and other features may use of its
 * logic and loaders. Its components are imported from `components/` directly: a barrel that
 * re-exported them would make Astro bundle every component's styles into every page that
 * imports the barrel.
 */
export * from './catalogue-data.ts';
export * from './catalogue-pages.ts';
export * from './department-reach.ts';
export * from './facet-counts.ts';
export * from './offer-catalogue.ts';
export * from './offer-facets.ts';
export * from './load-offer-page.ts';
export * from './load-catalogue-page.ts';
export * from './page-models.ts';
