/**
 * The terms feature's entry point: what routes, templates and other features may use of it.
 * Anything not exported here is the feature's own business (the architecture test says so).
 */
export * from './term-pages.ts';
export { default as TermIndex } from './components/TermIndex.astro';
export { default as TermPage } from './components/TermPage.astro';
export { default as TermSectionList } from './components/TermSectionList.astro';
