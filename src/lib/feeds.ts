/**
 * The site's RSS feeds: everything new, one per knowledge collection, one per department
 * and one per theme. Items are published practices, lessons and offers.
 */
import { collections } from '../schemas/index.ts';
import { t } from '../i18n/index.ts';
import { type Feed, type FeedItem } from './rss.ts';
import { aboutTheme, concernsDepartment, type Followable } from './feed-selection.ts';
import { published, taxonomies } from './site-content.ts';
import { collectionHref, entryHref, home, territoryHref } from './urls.ts';

export type FedCollection = 'practices' | 'lessons' | 'offers';
export const fedCollections: FedCollection[] = ['practices', 'lessons', 'offers'];

export const feedHref = (pageHref: string) => `${pageHref}rss.xml`;

type Item = Followable & { collection: FedCollection; item: FeedItem };

async function items(site: URL): Promise<Item[]> {
  const tax = await taxonomies();
  const lists = await Promise.all(fedCollections.map(async (collection) => ({ collection, entries: await published(collection) })));
  return lists.flatMap(({ collection, entries }) =>
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
          link: new URL(entryHref(collection, e.id), site).href,
          description: d.summary,
          pubDate: d.publishedAt,
          categories: [...tax.terms('themes', d.themes), ...tax.terms('territories', territories)].map((term) => term.name),
        },
      };
    }),
  );
}

const feed = (site: URL, page: string, title: string, description: string, selected: Item[]): Feed => ({
  title,
  description,
  link: new URL(page, site).href,
  self: new URL(feedHref(page), site).href,
  items: selected.map((i) => i.item),
});

export async function siteFeed(site: URL) {
  return feed(site, home, t('feed.all'), t('feed.allDescription'), await items(site));
}

export async function collectionFeed(site: URL, collection: FedCollection) {
  const all = await items(site);
  const { label } = collections[collection];
  return feed(site, collectionHref(collection), t('feed.collection', { name: label }), t('feed.collection', { name: label }), all.filter((i) => i.collection === collection));
}

export async function departmentFeed(site: URL, department: { code: string; name: string }) {
  const tax = await taxonomies();
  const regionOf = (dept: string) => (tax.all.territories.get(dept)?.region as { id: string } | undefined)?.id;
  const selected = (await items(site)).filter((i) => concernsDepartment(i, department.code, regionOf));
  return feed(site, territoryHref(department), t('feed.territory', { name: department.name }), t('feed.territoryDescription', { name: department.name }), selected);
}

export async function themeFeed(site: URL, theme: { id: string; name: string }) {
  const selected = (await items(site)).filter((i) => aboutTheme(i, theme.id));
  return feed(site, entryHref('themes', theme.id), t('feed.theme', { name: theme.name }), t('feed.themeDescription', { name: theme.name }), selected);
}
