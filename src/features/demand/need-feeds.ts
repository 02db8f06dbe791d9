/**
 * Feeds of newly published needs (issue 18, item 7): one of every need, one per department (the
 * needs naming the department or one of its municipalities) and one per theme, each beside the
 * `/demanda/` page it follows:
 *
 *   /demanda/rss.xml
 *   /demanda/departamento/27/rss.xml
 *   /demanda/tema/agua-y-saneamiento/rss.xml
 *
 * They are apart from the site's feeds (publishing/feeds.ts) on purpose: those follow what the
 * network learned and offers, and a need in every one of them would bury it. An entity that
 * formulates offers follows these instead. Every department and theme gets its feed, even
 * before its first need, so a reader can subscribe ahead. Pure: the loader gives the needs and
 * the names; the XML is the shared writer's (publishing/rss.ts).
 */
import { withinDepartment } from '../../core/places.ts';
import { collectionHref, entryHref } from '../../core/urls.ts';
import { t } from '../../i18n/index.ts';
import { collections } from '../../schemas/index.ts';
import type { Feed, FeedItem } from '../publishing/node.ts';
import { type Choice, demandFacetHref } from './demand-view.ts';

/** Which needs a feed follows: all, a department's or a theme's. */
export type NeedFeedScope = { department: string } | { theme: string } | Record<string, never>;

/** A published need, as much of it as a feed reads. */
export interface NeedFeedEntry {
  id: string;
  data: {
    title: string;
    summary: string;
    publishedAt: Date;
    territories: { id: string }[];
    themes: { id: string }[];
  };
}

/** How many needs a feed carries: the newest, as the site's feeds do. */
export const NEED_FEED_SIZE = 50;

/** The facet a scope matches on `/demanda/`: the department's or the theme's page. */
export const needFeedChoice = (scope: NeedFeedScope): Choice | undefined =>
  'department' in scope
    ? { facet: 'departamento', value: scope.department }
    : 'theme' in scope
      ? { facet: 'tema', value: scope.theme }
      : undefined;

/** The page a feed follows: `/demanda/` or one of its facet pages. */
export function needFeedPage(scope: NeedFeedScope): string {
  const base = collectionHref('needs');
  const choice = needFeedChoice(scope);
  return choice ? demandFacetHref(base, choice) : base;
}

export const needFeedHref = (scope: NeedFeedScope) => `${needFeedPage(scope)}rss.xml`;

/** Whether a need belongs in a feed: a department's takes the needs of it or its municipalities. */
export function followsNeed(entry: NeedFeedEntry, scope: NeedFeedScope): boolean {
  if ('department' in scope) return withinDepartment(entry.data.territories, scope.department);
  if ('theme' in scope) return entry.data.themes.some((th) => th.id === scope.theme);
  return true;
}

/** The names feeds show: of the scope's department or theme, and of every category an item carries. */
export interface NeedFeedNames {
  territory: (id: string) => string;
  theme: (id: string) => string;
}

/** The feed's own name, as a reader sees it in a feed reader: «Necesidades identificadas en Chocó». */
export function needFeedName(scope: NeedFeedScope, names: NeedFeedNames): string {
  if ('department' in scope) return t('needFeed.departmentName', { name: names.territory(scope.department) });
  if ('theme' in scope) return t('needFeed.themeName', { name: names.theme(scope.theme) });
  return t('needFeed.allName');
}

export function needFeed(
  entries: readonly NeedFeedEntry[],
  scope: NeedFeedScope,
  names: NeedFeedNames,
  site: URL,
): Feed {
  const name = needFeedName(scope, names);
  const items: FeedItem[] = entries
    .filter((e) => followsNeed(e, scope))
    .sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, NEED_FEED_SIZE)
    .map((e) => ({
      title: `${collections.needs.labelSingular}: ${e.data.title}`,
      link: new URL(entryHref('needs', e.id), site).href,
      description: e.data.summary,
      pubDate: e.data.publishedAt,
      categories: [
        ...e.data.themes.map((th) => names.theme(th.id)),
        ...e.data.territories.map((p) => names.territory(p.id)),
      ],
    }));
  return {
    title: t('feed.title', { name }),
    description: t('department' in scope ? 'needFeed.descriptionPlace' : 'needFeed.description', {
      name,
      n: NEED_FEED_SIZE,
    }),
    link: new URL(needFeedPage(scope), site).href,
    self: new URL(needFeedHref(scope), site).href,
    items,
  };
}
