/**
 * The publishing feature's entry point for code that runs outside Astro's content layer (command-line
 * scripts, integrations): nothing exported here may reach `astro:content`.
 */
export * from './rss.ts';
/** The feed addresses, for templates and other features' loaders: pure, unlike the loaders `index.ts` also exports. */
export { feedAnchor, feedHref, subscribeHref } from './feeds.ts';
/**
 * When each entry was created and last changed, from git: loaders of other features import it
 * from here, not from `index.ts`, whose loaders read the whole portal (the open data reads the
 * demand feature, which reads the entry pages' features: importing those would close a loop).
 */
export { entryHistoryOf, type EntryHistoryModel } from './entry-history.ts';
