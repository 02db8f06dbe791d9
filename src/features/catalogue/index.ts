/**
 * The catalogue feature's entry point: what routes, templates and other features may use of it.
 * Anything not exported here is the feature's own business (the architecture test says so).
 */
export * from './catalogue-data.ts';
export * from './catalogue-pages.ts';
export * from './department-reach.ts';
export * from './facet-counts.ts';
export * from './offer-catalogue.ts';
export * from './offer-facets.ts';
export { default as OfferCatalogue } from './components/OfferCatalogue.astro';
