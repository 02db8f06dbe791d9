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
 */
import { collections } from '../../schemas/index.ts';
import { t, type UiKey } from '../../i18n/index.ts';
import { type Feed, type FeedItem } from './rss.ts';
import { FEED_SIZE, feedKey, indexFeeds, type FeedScope, type Followable } from './feed-selection.ts';
import { published, taxonomies } from '../../core/content.ts';
import { isDepartmentLevel } from '../../core/places.ts';
import { collectionHref, entryHref, home, territoryHref } from '../../core/urls.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';

export type FedCollection = 'practices' | 'lessons' | 'offers';
export const fedCollections: FedCollection[] = ['practices', 'lessons', 'offers'];
export type Scope = FeedScope<FedCollection>;

export const feedHref = (pageHref: string) => `${pageHref}rss.xml`;

/** The page that explains feeds and gives the addresses to copy: the site's, or a department's or a theme's. */
export const subscribeHref = (pageHref: string = home) => `${pageHref}suscribirse/`;

/** The id of a feed's entry on its subscription page: `/temas/agua/lecciones/rss.xml` → `temas-agua-lecciones`. */
export const feedAnchor = (feedPath: string) => feedPath.replace(/rss\.xml$/, '').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'todo';

const route = (collection: FedCollection) => (collections[collection] as { route: string }).route;

type Item = Followable & { collection: FedCollection; item: Omit<FeedItem, 'link'> & { path: string } };

/** The feed items and every feed's selection, once per build. */
const feedData = oncePerBuild(async function feedData() {
  const tax = await taxonomies();
  const lists = await Promise.all(fedCollections.map(async (collection) => ({ collection, entries: await published(collection) })));
  const items: Item[] = lists
    .flatMap(({ collection, entries }) =>
      entries.map((e) => {
        const d = e.data as { title: string; summary: string; publishedAt: Date; themes: { id: string }[]; territories?: { id: string }[]; territorialFocus?: Followable['focus'] };
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
            categories: [...tax.terms('themes', d.themes), ...tax.terms('territories', territories)].map((term) => term.name),
          },
        };
      }),
    )
    // Newest first, so each feed's first FEED_SIZE items are its newest.
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime());
  const departments = [...tax.all.territories.values()].filter((d) => isDepartmentLevel(d.id));
  const regionOf = (dept: string) => (tax.all.territories.get(dept)?.region as { id: string } | undefined)?.id;
  const index = indexFeeds(
    items,
    departments.map((d) => d.id),
    regionOf,
  );
  const themes = [...tax.all.themes.values()].sort((a, b) => a.name.localeCompare(b.name, 'es'));
  return { index, departments: departments.sort((a, b) => a.name.localeCompare(b.name, 'es')), themes, tax };
});

/** Items a scope selects, newest first (all of them: the feed itself keeps the newest FEED_SIZE). */
const selected = async (scope: Scope) => (await feedData()).index.get(feedKey(scope)) ?? [];

/** The page a feed follows: the department's, the theme's, the collection's or the home page. */
async function pageOf(scope: Scope): Promise<string> {
  const { tax } = await feedData();
  if (scope.department) return territoryHref({ code: scope.department, name: tax.all.territories.get(scope.department)!.name });
  if (scope.theme) return entryHref('themes', scope.theme);
  if (scope.collection) return collectionHref(scope.collection);
  return home;
}

/** A feed's address. */
export async function feedPath(scope: Scope): Promise<string> {
  const page = await pageOf(scope);
  if (!scope.department && !scope.theme) return feedHref(page);
  const theme = scope.department && scope.theme ? `${(collections.themes as { route: string }).route}/${scope.theme}/` : '';
  const type = scope.collection ? `${route(scope.collection)}/` : '';
  return feedHref(`${page}${theme}${type}`);
}

/** Offers are followed where they reach, the rest where they happened: the words differ. */
const placeWords = (collection: FedCollection | undefined): UiKey => (collection === 'offers' ? 'feed.reaches' : 'feed.happened');

/** The feed's name without the site's: «Lecciones aprendidas sobre Agua en Chocó». */
export async function feedName(scope: Scope): Promise<string> {
  const { tax } = await feedData();
  const place = scope.department ? tax.all.territories.get(scope.department)!.name : undefined;
  const theme = scope.theme ? tax.all.themes.get(scope.theme)!.name : undefined;
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

const info = async (scope: Scope): Promise<FeedInfo> => ({ scope, href: await feedPath(scope), name: await feedName(scope), count: (await selected(scope)).length });

/** The feeds of one type each, under a scope (a department, a theme, both, or the site), that have content. */
async function byType(scope: Scope): Promise<FeedInfo[]> {
  const all = await Promise.all(fedCollections.map((collection) => info({ ...scope, collection })));
  return all.filter((f) => f.count > 0);
}

/**
 * What a subscription page offers: the feed of everything under its scope, one per type, and,
 * for a department its themes (for a theme its departments), each with one feed per type.
 */
export async function subscriptionFeeds(owner: { department: string } | { theme: string } | Record<string, never>) {
  const { departments, themes } = await feedData();
  const scope: Scope = owner;
  const main = await info(scope);
  const types = await byType(scope);
  const others =
    'department' in owner
      ? themes.map((th) => ({ id: th.id, name: th.name, scope: { department: owner.department, theme: th.id } }))
      : 'theme' in owner
        ? departments.map((d) => ({ id: d.id, name: d.name, scope: { department: d.id, theme: owner.theme } }))
        : [];
  const groups = (await Promise.all(others.map(async (o) => ({ id: o.id, name: o.name, feeds: await byType(o.scope) })))).filter((g) => g.feeds.length > 0);
  return { main, types, groups };
}

/** Every feed the site publishes: the site's and each type's; each department's and each theme's, whole and by type; each type by theme in each department, where there is content. */
export const allFeeds = oncePerBuild(async function allFeeds(): Promise<FeedInfo[]> {
  const { departments, themes } = await feedData();
  const scopes: Scope[] = [
    {},
    ...fedCollections.map((collection) => ({ collection })),
    ...departments.map((d) => ({ department: d.id })),
    ...themes.map((th) => ({ theme: th.id })),
  ];
  const fixed = await Promise.all(scopes.map(info));
  const typed = await Promise.all([
    ...departments.map((d) => byType({ department: d.id })),
    ...themes.map((th) => byType({ theme: th.id })),
    ...departments.flatMap((d) => themes.map((th) => byType({ department: d.id, theme: th.id }))),
  ]);
  return [...fixed, ...typed.flat()];
});

/** The feed itself, ready for `rssXml`. */
export async function buildFeed(site: URL, scope: Scope): Promise<Feed> {
  const page = await pageOf(scope);
  const name = await feedName(scope);
  return {
    title: t('feed.title', { name }),
    description: t(scope.department ? 'feed.descriptionPlace' : 'feed.description', { name, n: FEED_SIZE }),
    link: new URL(page, site).href,
    self: new URL(await feedPath(scope), site).href,
    items: (await selected(scope)).slice(0, FEED_SIZE).map(({ item: { path, ...rest } }) => ({ ...rest, link: new URL(path, site).href })),
  };
}

/** An `application/rss+xml` response, for the feed routes. */
export const rssResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
