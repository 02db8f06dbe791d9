/**
 * The progress feature's entry point: what routes, templates and other features may use of its
 * logic and loaders. Its components are imported from `components/` directly: a barrel that
 * re-exported them would make Astro bundle every component's styles into every page that
 * imports the barrel.
 */
export * from './bar-chart.ts';
export * from './indicator-progress.ts';
export * from './milestone-status.ts';
export * from './plan-view.ts';
export * from './progress-pages.ts';
export * from './progress-rollup.ts';
export * from './load-agenda-page.ts';
export * from './load-plan-page.ts';
export * from './percent-text.ts';
export * from './load-progress.ts';
export * from './actor-map.ts';
export * from './load-actor-map.ts';
export * from './service-figures.ts';
export * from './service-view.ts';
export * from './load-service.ts';
