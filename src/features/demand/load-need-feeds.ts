/**
 * Reads the published needs and the territory and theme names for the feeds of new needs
 * (need-feeds.ts): the paths of the department and theme feeds, and each feed.
 */
import { published, taxonomies } from '../../core/content.ts';
import { isDepartmentLevel } from '../../core/places.ts';
import type { Feed } from '../publishing/node.ts';
import {
  followsNeed,
  needFeed,
  needFeedHref,
  needFeedName,
  type NeedFeedNames,
  type NeedFeedScope,
} from './need-feeds.ts';

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

/** A feed of new needs as a subscription page lists it: its address, name and how many needs it holds. */
export interface NeedFeedInfo {
  scope: NeedFeedScope;
  href: string;
  name: string;
  count: number;
}

/**
 * The feeds of new needs the site's subscription page lists: all needs, then each department and
 * each theme that has needs (the `/demanda/` pages that link here exist only for those), by name.
 */
export async function loadNeedFeedInfos(): Promise<NeedFeedInfo[]> {
  const [needs, names, tax] = await Promise.all([published('needs'), feedNames(), taxonomies()]);
  const info = (scope: NeedFeedScope): NeedFeedInfo => ({
    scope,
    href: needFeedHref(scope),
    name: needFeedName(scope, names),
    count: needs.filter((n) => followsNeed(n, scope)).length,
  });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'es');
  const departments = [...tax.all.territories.values()]
    .filter((p) => isDepartmentLevel(p.id))
    .sort(byName)
    .map((p) => info({ department: p.id }));
  const themes = [...tax.all.themes.values()].sort(byName).map((th) => info({ theme: th.id }));
  return [info({}), ...[...departments, ...themes].filter((f) => f.count > 0)];
}
