/**
 * The site's RSS feeds. Items are published practices, lessons and offers; a feed follows any
 * combination of a department, a theme and one of those types (`FeedScope`): everything new,
 * each type, each department and each theme (all types, then each type), and each type on one
 * theme in one department — the feed a network member who follows «lessons on water in Chocó»
 * needs. Combinations without content get no file. Addresses:
 *
 *   /rss.xml, /lecciones/rss.xml
 *   /territorio/27-choco/rss.xml, /territorio/27-choco/lecciones/rss.xml
 *   /temas/agua/rss.xml, /temas/agua/lecciones/rss.xml
 *   /territorio/27-choco/temas/agua/lecciones/rss.xml
 *
 * Links on pages lead to a subscription page (`subscribeHref`), never to the XML itself: a
 * phone opening raw XML shows a wall of code. Each feed carries its newest `FEED_SIZE` items.
 *
 * Pure: `collectFeeds` takes the entries and the names its loader (load-feeds.ts) read, and
 * every other function works on what it returns.
 */
import { buildError, DanglingTermReference } from '../../core/errors/index.ts';
import { collections } from '../../schemas/index.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import { type Feed, type FeedItem, rssXml } from './rss.ts';
import { FEED_SIZE, feedKey, indexFeeds, type FeedScope, type Followable } from './feed-selection.ts';
import { isDepartmentLevel } from '../../core/places.ts';
import { collectionHref, entryHref, home, territoryHref } from '../../core/urls.ts';

export type FedCollection = 'practices' | 'lessons' | 'offers';
export const fedCollections: FedCollection[] = ['practices', 'lessons', 'offers'];
export type Scope = FeedScope<FedCollection>;

export const feedHref = (pageHref: string) => `${pageHref}rss.xml`;

/** The page that explains feeds and gives the addresses to copy: the site's, or a department's or a theme's. */
export const subscribeHref = (pageHref: string = home) => `${pageHref}suscribirse/`;

/** The id of a feed's entry on its subscription page: `/temas/agua/lecciones/rss.xml` → `temas-agua-lecciones`. */
export const feedAnchor = (feedPath: string) =>
  feedPath
    .replace(/rss\.xml$/, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '') || 'todo';

const route = (collection: FedCollection) => (collections[collection] as { route: string }).route;

/** A published entry of a fed collection, as much of it as a feed reads. */
export interface FedEntry {
  id: string;
  data: {
    title: string;
    summary: string;
    publishedAt: Date;
    themes: { id: string }[];
    territories?: { id: string }[];
    territorialFocus?: Followable['focus'];
  };
}

/** A taxonomy term as feeds name it; a territory also says its region (offers reach regions). */
export interface FeedTerm {
  id: string;
  name: string;
  region?: unknown;
}

/** What the feeds are computed from. */
export interface FeedSources {
  /** Published entries of each fed collection. */
  entries: Record<FedCollection, FedEntry[]>;
  territories: ReadonlyMap<string, FeedTerm>;
  themes: ReadonlyMap<string, FeedTerm>;
}

type Item = Followable & { collection: FedCollection; item: Omit<FeedItem, 'link'> & { path: string } };

/** Every feed's selection, and the names of the departments and themes feeds follow. */
export interface FeedData {
  index: Map<string, Item[]>;
  /** Departments, by name. */
  departments: FeedTerm[];
  /** Themes, by name. */
  themes: FeedTerm[];
  territories: ReadonlyMap<string, FeedTerm>;
  themeTerms: ReadonlyMap<string, FeedTerm>;
}

/** A dangling reference is a content error the check reports before the build. */
function termName(terms: ReadonlyMap<string, FeedTerm>, collection: string, ref: { id: string }): string {
  const found = terms.get(ref.id);
  if (!found) throw buildError(DanglingTermReference, collection, ref.id);
  return found.name;
}

const byName = (a: FeedTerm, b: FeedTerm) => a.name.localeCompare(b.name, 'es');

/** The feed items, sorted into every feed they belong to. */
export function collectFeeds(sources: FeedSources): FeedData {
  const items: Item[] = fedCollections
    .flatMap((collection) =>
      sources.entries[collection].map((e) => {
        const d = e.data;
        const territories = d.territories ?? [];
        return {
          collection,
          territories,
          themes: d.themes,
          focus: d.territorialFocus,
          item: {
            title: `${collections[collection].labelSingular}: ${d.title}`,
            path: entryHref(collection, e.id),
            description: d.summary,
            pubDate: d.publishedAt,
            categories: [
              ...d.themes.map((ref) => termName(sources.themes, 'themes', ref)),
              ...territories.map((ref) => termName(sources.territories, 'territories', ref)),
            ],
          },
        };
      }),
    )
    // Newest first, so each feed's first FEED_SIZE items are its newest.
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime());
  const departments = [...sources.territories.values()].filter((d) => isDepartmentLevel(d.id));
  const regionOf = (dept: string) => (sources.territories.get(dept)?.region as { id: string } | undefined)?.id;
  const index = indexFeeds(
    items,
    departments.map((d) => d.id),
    regionOf,
  );
  return {
    index,
    departments: departments.sort(byName),
    themes: [...sources.themes.values()].sort(byName),
    territories: sources.territories,
    themeTerms: sources.themes,
  };
}

/** Items a scope selects, newest first (all of them: the feed itself keeps the newest FEED_SIZE). */
const selected = (data: FeedData, scope: Scope) => data.index.get(feedKey(scope)) ?? [];

/** The page a feed follows: the department's, the theme's, the collection's or the home page. */
function pageOf(data: FeedData, scope: Scope): string {
  if (scope.department)
    return territoryHref({ code: scope.department, name: data.territories.get(scope.department)!.name });
  if (scope.theme) return entryHref('themes', scope.theme);
  if (scope.collection) return collectionHref(scope.collection);
  return home;
}

/** A feed's address. */
export function feedPath(data: FeedData, scope: Scope): string {
  const page = pageOf(data, scope);
  if (!scope.department && !scope.theme) return feedHref(page);
  const theme =
    scope.department && scope.theme ? `${(collections.themes as { route: string }).route}/${scope.theme}/` : '';
  const type = scope.collection ? `${route(scope.collection)}/` : '';
  return feedHref(`${page}${theme}${type}`);
}

/** Offers are followed where they reach, the rest where they happened: the words differ. */
const placeWords = (collection: FedCollection | undefined): UiKey =>
  collection === 'offers' ? 'feed.reaches' : 'feed.happened';

/** The feed's name without the site's: «Lecciones aprendidas sobre Agua en Chocó». */
export function feedName(data: FeedData, scope: Scope): string {
  const place = scope.department ? data.territories.get(scope.department)!.name : undefined;
  const theme = scope.theme ? data.themeTerms.get(scope.theme)!.name : undefined;
  if (!scope.collection) {
    if (place) return t('feed.territoryName', { name: place });
    if (theme) return t('feed.themeName', { name: theme });
    return t('feed.allName');
  }
  const what = collections[scope.collection].label;
  const about = theme ? t('feed.about', { what, theme }) : what;
  return place ? t(placeWords(scope.collection), { what: about, place }) : about;
}

export interface FeedInfo {
  scope: Scope;
  /** The feed's address on the site. */
  href: string;
  name: string;
  /** Items the feed selects (it carries the newest FEED_SIZE). */
  count: number;
}

export const feedInfo = (data: FeedData, scope: Scope): FeedInfo => ({
  scope,
  href: feedPath(data, scope),
  name: feedName(data, scope),
  count: selected(data, scope).length,
});

/** The feeds of one type each, under a scope (a department, a theme, both, or the site), that have content. */
const byType = (data: FeedData, scope: Scope): FeedInfo[] =>
  fedCollections.map((collection) => feedInfo(data, { ...scope, collection })).filter((f) => f.count > 0);

/** Whose feeds a subscription page offers: a department's, a theme's, or the site's. */
export type FeedOwner = { department: string } | { theme: string } | Record<string, never>;

export interface SubscriptionFeeds {
  main: FeedInfo;
  types: FeedInfo[];
  groups: { id: string; name: string; feeds: FeedInfo[] }[];
}

/**
 * What a subscription page offers: the feed of everything under its scope, one per type, and,
 * for a department its themes (for a theme its departments), each with one feed per type.
 */
export function subscriptionFeeds(data: FeedData, owner: FeedOwner): SubscriptionFeeds {
  const scope: Scope = owner;
  const others =
    'department' in owner
      ? data.themes.map((th) => ({ id: th.id, name: th.name, scope: { department: owner.department, theme: th.id } }))
      : 'theme' in owner
        ? data.departments.map((d) => ({ id: d.id, name: d.name, scope: { department: d.id, theme: owner.theme } }))
        : [];
  const groups = others
    .map((o) => ({ id: o.id, name: o.name, feeds: byType(data, o.scope) }))
    .filter((g) => g.feeds.length > 0);
  return { main: feedInfo(data, scope), types: byType(data, scope), groups };
}

/** A subscription page: its title and trail, its feeds, and on the site's page the way to each department's and theme's. */
export interface SubscribePageModel {
  title: string;
  trail: { href: string; text: string }[];
  main: FeedInfo;
  types: FeedInfo[];
  groups: { id: string; name: string; feeds: FeedInfo[] }[];
  groupsTitle?: string;
  groupsHint?: string;
  /** The site's page only: the feeds of new needs (all, by department, by theme), kept apart from the others. */
  needs?: FeedInfo[];
  /** The site's page only: the subscription page of each department and each theme. */
  places?: { departments: { href: string; name: string }[]; themes: { href: string; name: string }[] };
}

/** Every feed the site publishes: the site's and each type's; each department's and each theme's, whole and by type; each type by theme in each department, where there is content. */
export function allFeeds(data: FeedData): FeedInfo[] {
  const { departments, themes } = data;
  const scopes: Scope[] = [
    {},
    ...fedCollections.map((collection) => ({ collection })),
    ...departments.map((d) => ({ department: d.id })),
    ...themes.map((th) => ({ theme: th.id })),
  ];
  const fixed = scopes.map((scope) => feedInfo(data, scope));
  const typed = [
    ...departments.map((d) => byType(data, { department: d.id })),
    ...themes.map((th) => byType(data, { theme: th.id })),
    ...departments.flatMap((d) => themes.map((th) => byType(data, { department: d.id, theme: th.id }))),
  ];
  return [...fixed, ...typed.flat()];
}

/** The feed itself, ready for `rssXml`. */
export function buildFeed(data: FeedData, site: URL, scope: Scope): Feed {
  const page = pageOf(data, scope);
  const name = feedName(data, scope);
  return {
    title: t('feed.title', { name }),
    description: t(scope.department ? 'feed.descriptionPlace' : 'feed.description', { name, n: FEED_SIZE }),
    link: new URL(page, site).href,
    self: new URL(feedPath(data, scope), site).href,
    items: selected(data, scope)
      .slice(0, FEED_SIZE)
      .map(({ item: { path, ...rest } }) => ({ ...rest, link: new URL(path, site).href })),
  };
}

/** An `application/rss+xml` response, for the feed routes. */
export const rssResponse = (xml: string) =>
  new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });

/** A feed as the response of its route. */
export const feedResponse = (feed: Feed) => rssResponse(rssXml(feed));
