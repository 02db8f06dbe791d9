/**
 * Reads what the feeds are made of (published practices, lessons and offers, the territories
 * and themes) once per build, and hands the feed routes and the subscription pages their data:
 * the paths of the feeds that exist, each feed, and each subscription page's model.
 */
import { collections } from '../../schemas/index.ts';
import { t } from '../../i18n/index.ts';
import { published, taxonomies } from '../../core/content.ts';
import { isDepartmentLevel, territorySlug } from '../../core/places.ts';
import { collectionHref, entryHref, territoryHref } from '../../core/urls.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import type { Feed } from './rss.ts';
import { loadNeedFeedInfos } from '../demand/index.ts';
import {
  allFeeds,
  buildFeed,
  collectFeeds,
  type FedCollection,
  type FeedData,
  type FeedOwner,
  type Scope,
  type SubscribePageModel,
  subscribeHref,
  subscriptionFeeds,
} from './feeds.ts';

/** The feed items and every feed's selection, once per build. */
export const loadFeedData = oncePerBuild(async function loadFeedData(): Promise<FeedData> {
  const [tax, practices, lessons, offers] = await Promise.all([
    taxonomies(),
    published('practices'),
    published('lessons'),
    published('offers'),
  ]);
  return collectFeeds({
    entries: { practices, lessons, offers },
    territories: tax.all.territories,
    themes: tax.all.themes,
  });
});

const everyFeed = oncePerBuild(async function everyFeed() {
  return allFeeds(await loadFeedData());
});

/** One feed, ready for `feedResponse`. */
export async function loadFeed(site: URL, scope: Scope): Promise<Feed> {
  return buildFeed(await loadFeedData(), site, scope);
}

const departmentsOf = (data: FeedData) => [...data.territories.values()].filter((d) => isDepartmentLevel(d.id));
const slugOf = (data: FeedData, code: string) => territorySlug({ code, name: data.territories.get(code)!.name });

/** One feed per department, of everything: a municipality follows its department's feed. */
export async function departmentFeedPaths() {
  const data = await loadFeedData();
  return departmentsOf(data).map((d) => ({
    params: { slug: slugOf(data, d.id) },
    props: { scope: { department: d.id } as Scope },
  }));
}

/** One feed per theme, of everything. */
export async function themeFeedPaths() {
  const data = await loadFeedData();
  return [...data.themeTerms.values()].map((th) => ({
    params: { id: th.id },
    props: { scope: { theme: th.id } as Scope },
  }));
}

const typeSegment = (c: FedCollection) => (collections[c] as { route: string }).route;

/**
 * Paths of the typed feeds of one shape (`/territorio/27-choco/lecciones/rss.xml`,
 * `/temas/agua/lecciones/rss.xml`, `/territorio/27-choco/temas/agua/lecciones/rss.xml`): only
 * combinations with content get a file.
 */
export async function typedFeedPaths(shape: 'department' | 'theme' | 'both') {
  const data = await loadFeedData();
  const matches = (s: Scope) =>
    Boolean(s.collection) &&
    (shape === 'department'
      ? Boolean(s.department) && !s.theme
      : shape === 'theme'
        ? Boolean(s.theme) && !s.department
        : Boolean(s.department && s.theme));
  return (await everyFeed())
    .filter((f) => matches(f.scope))
    .map(({ scope }) => ({
      params: {
        ...(scope.department ? { slug: slugOf(data, scope.department) } : {}),
        ...(shape === 'theme' ? { id: scope.theme! } : shape === 'both' ? { theme: scope.theme! } : {}),
        type: typeSegment(scope.collection!),
      },
      props: { scope },
    }));
}

/** The paths of the departments' subscription pages. */
export async function departmentSubscribePaths() {
  const data = await loadFeedData();
  return departmentsOf(data).map((d) => ({
    params: { slug: slugOf(data, d.id) },
    props: { owner: { department: d.id } },
  }));
}

/** The paths of the themes' subscription pages. */
export async function themeSubscribePaths() {
  const data = await loadFeedData();
  return [...data.themeTerms.values()].map((th) => ({ params: { id: th.id }, props: { owner: { theme: th.id } } }));
}

/** The subscription page of the site (no owner), a department or a theme. */
export async function loadSubscribePage(owner: FeedOwner = {}): Promise<SubscribePageModel> {
  const data = await loadFeedData();
  const { main, types, groups } = subscriptionFeeds(data, owner);
  const everything = { ...main, name: t('feed.everything') };
  if ('department' in owner) {
    const name = data.territories.get(owner.department)!.name;
    return {
      title: t('feed.pageTitleOf', { name }),
      trail: [
        { href: collectionHref('territories'), text: collections.territories.label },
        { href: territoryHref({ code: owner.department, name }), text: name },
      ],
      main: everything,
      types,
      groups,
      groupsTitle: t('feed.byTheme', { name }),
      groupsHint: t('feed.byThemeHint'),
    };
  }
  if ('theme' in owner) {
    const name = data.themeTerms.get(owner.theme)!.name;
    return {
      title: t('feed.pageTitleOf', { name }),
      trail: [
        { href: collectionHref('themes'), text: collections.themes.label },
        { href: entryHref('themes', owner.theme), text: name },
      ],
      main: everything,
      types,
      groups,
      groupsTitle: t('feed.byDepartment', { name }),
      groupsHint: t('feed.byDepartmentHint'),
    };
  }
  return {
    title: t('feed.pageTitle'),
    trail: [],
    main: everything,
    types,
    groups: [],
    // Needs are not content a reader of the network's news follows; they get their own list.
    needs: (await loadNeedFeedInfos()).map((f) => ({ ...f, scope: {} })),
    places: {
      departments: data.departments.map((d) => ({
        href: subscribeHref(territoryHref({ code: d.id, name: d.name })),
        name: d.name,
      })),
      themes: data.themes.map((th) => ({ href: subscribeHref(entryHref('themes', th.id)), name: th.name })),
    },
  };
}
