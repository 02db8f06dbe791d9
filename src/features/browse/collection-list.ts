/**
 * The plain list page of a collection (practices, lessons, agendas, plans): its title, its count
 * in words, one page of cards, and its feed when it has one. Pure: the cards come paged from
 * the loader (load-collection-list.ts).
 */
import type { Page } from 'astro';
import { collections } from '../../schemas/index.ts';
import type { Card } from '../../core/cards.ts';
import { type PageInfo, pageInfo, pageTitle } from '../../core/pagination.ts';
import { collectionHref, progressHref } from '../../core/urls.ts';
import { t, type UiKey } from '../../i18n/index.ts';

export type ListedCollection = 'practices' | 'lessons' | 'agendas' | 'plans';

/** The count's words, with their plural form. */
const countKey: Record<ListedCollection, UiKey> = {
  practices: 'list.practices',
  lessons: 'list.lessons',
  agendas: 'list.agendas',
  plans: 'list.plans',
};

export interface CollectionListModel {
  /** The page's title: the collection's name, with the page's number past the first. */
  title: string;
  /** The collection's name. */
  label: string;
  /** The count, worded with its plural form. */
  lead: string;
  /** The cards of this page. */
  cards: Card[];
  page: PageInfo;
  /** The collection's feed, when it publishes one. */
  feed?: { href: string; title: string };
  /** A link the list leads on to (plans: the progress dashboards). */
  more?: { href: string; text: string };
}

/** What each page of a list gets from its paths. */
export interface CollectionListProps {
  collection: ListedCollection;
  page: Page<Card>;
  /** The address of the collection's feed, if it publishes one. */
  feed?: string;
}

export function collectionListPage({ collection, page, feed }: CollectionListProps): CollectionListModel {
  const { label } = collections[collection];
  const info = pageInfo(page, collectionHref(collection));
  return {
    title: pageTitle(label, info),
    label,
    lead: t(countKey[collection], { n: page.total }),
    cards: page.data,
    page: info,
    ...(feed ? { feed: { href: feed, title: t('feed.collection', { name: label }) } } : {}),
    ...(collection === 'plans' ? { more: { href: progressHref, text: t('progress.seeDashboard') } } : {}),
  };
}
