/**
 * The territory feature's entry point: what routes, templates and other features may use of its
 * logic and loaders. Its components are imported from `components/` directly: a barrel that
 * re-exported them would make Astro bundle every component's styles into every page that
 * imports the barrel.
 */
export * from './map-geometry.ts';
export * from './place-search.ts';
export * from './territory-counts.ts';
export * from './territory-offers.ts';
export * from './load-territory-data.ts';
export * from './territory-sections.ts';
export * from './territory-view.ts';
export * from './topojson.ts';
export * from './phase-offers-view.ts';
export * from './load-territory-lists.ts';
export * from './load-territory-page.ts';
export * from './load-territory-section-page.ts';
export * from './load-territory-index.ts';
export * from './load-national-offers-page.ts';
export * from './page-models.ts';
export * from './territory-profile.ts';
export * from './load-territory-needs.ts';
export * from './load-alike-practices.ts';
export * from './offers-like-this.ts';
export * from './load-offers-like-this.ts';
