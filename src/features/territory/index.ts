/**
 * The territory feature's entry point: what routes, templates and other features may use of it.
 * Anything not exported here is the feature's own business (the architecture test says so).
 */
export * from './map-geometry.ts';
export * from './place-search.ts';
export * from './territory-counts.ts';
export * from './territory-offers.ts';
export * from './territory-pages.ts';
export * from './territory-sections.ts';
export * from './territory-view.ts';
export * from './topojson.ts';
export { default as DepartmentMap } from './components/DepartmentMap.astro';
export { default as OffersByPhase } from './components/OffersByPhase.astro';
export { default as PlaceSearch } from './components/PlaceSearch.astro';
