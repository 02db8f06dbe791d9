/**
 * The related feature's entry point: what routes, templates and other features may use of it.
 * Anything not exported here is the feature's own business (the architecture test says so).
 */
export * from './practice-lessons.ts';
export * from './related-content.ts';
export * from './related.ts';
export { default as RelatedContent } from './components/RelatedContent.astro';
