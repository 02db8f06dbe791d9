/**
 * Reads the published needs and the territory and theme names for the feeds of new needs
 * (need-feeds.ts): the paths of the department and theme feeds, and each feed.
 */
import { published, taxonomies } from '../../core/content.ts';
import { isDepartmentLevel } from '../../core/places.ts';
import type { Feed } from '../publishing/node.ts';
import { needFeed, type NeedFeedNames, type NeedFeedScope } from './need-feeds.ts';

async function feedNames(): Promise<NeedFeedNames> {
  const tax = await taxonomies();
  return {
    territory: (id) => tax.term('territories', { id }).name,
    theme: (id) => tax.term('themes', { id }).name,
  };
}

/** One feed per department, every department, beside its page `/demanda/departamento/<code>/`. */
export async function needDepartmentFeedPaths() {
  const tax = await taxonomies();
  return [...tax.all.territories.keys()]
    .filter(isDepartmentLevel)
    .map((code) => ({ params: { value: code }, props: { scope: { department: code } as NeedFeedScope } }));
}

/** One feed per theme, beside its page `/demanda/tema/<id>/`. */
export async function needThemeFeedPaths() {
  const tax = await taxonomies();
  return [...tax.all.themes.keys()].map((id) => ({
    params: { value: id },
    props: { scope: { theme: id } as NeedFeedScope },
  }));
}

/** One feed of new needs, ready for `feedResponse`. */
export async function loadNeedFeed(site: URL, scope: NeedFeedScope): Promise<Feed> {
  return needFeed(await published('needs'), scope, await feedNames(), site);
}
