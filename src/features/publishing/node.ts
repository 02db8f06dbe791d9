/**
 * The publishing feature's entry point for code that runs outside Astro's content layer (command-line
 * scripts, integrations): nothing exported here may reach `astro:content`.
 */
export * from './rss.ts';
/** The feed addresses, for templates that link a feed without reaching the loaders `index.ts` also exports. */
export { feedAnchor, feedHref, subscribeHref } from './feeds.ts';
