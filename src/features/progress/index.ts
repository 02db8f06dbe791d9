/**
 * The progress feature's entry point: what routes, templates and other features may use of it.
 * Anything not exported here is the feature's own business (the architecture test says so).
 */
export * from './bar-chart.ts';
export * from './indicator-progress.ts';
export * from './milestone-status.ts';
export * from './plan-view.ts';
export * from './progress-pages.ts';
export * from './progress-rollup.ts';
export { default as BarChart } from './components/BarChart.astro';
export { default as ProgressDashboard } from './components/ProgressDashboard.astro';
