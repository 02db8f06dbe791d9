/**
 * The publishing feature's entry point: what routes, templates and other features may use of it.
 * Anything not exported here is the feature's own business (the architecture test says so).
 */
export * from './column-format.ts';
export * from './contributor-guide.ts';
export * from './datasets.ts';
export * from './entry-history.ts';
export * from './feed-routes.ts';
export * from './feed-selection.ts';
export * from './feeds.ts';
export * from './rss.ts';
export { default as EntryHistory } from './components/EntryHistory.astro';
export { default as FeedEntry } from './components/FeedEntry.astro';
export { default as FeedLink } from './components/FeedLink.astro';
export { default as GuideFields } from './components/GuideFields.astro';
export { default as SubscribePage } from './components/SubscribePage.astro';
