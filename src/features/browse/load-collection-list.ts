/**
 * Reads a collection's published entries as cards, each with what its list shows under the
 * title (a practice's maturity, a lesson's origin, an agenda's scope, a plan's lead entity),
 * and cuts them into pages.
 */
import type { PaginateFunction } from 'astro';
import { published, taxonomies, type Taxonomies } from '../../core/content.ts';
import { type Card, toCard } from '../../core/cards.ts';
import { pagedPaths } from '../../core/pagination.ts';
import { collectionHref } from '../../core/urls.ts';
import { optionLabel } from '../../derive/labels.ts';
import { feedHref } from '../publishing/node.ts';
import type { ListedCollection } from './collection-list.ts';

/** The cards of a collection's published entries, newest first. */
export async function collectionCards(collection: ListedCollection): Promise<Card[]> {
  const tax = await taxonomies();
  const nameOf = tax.nameOf('territories');
  switch (collection) {
    case 'practices':
      return (await published('practices')).map((e) =>
        toCard('practices', e, nameOf, [optionLabel('practices', 'maturity', e.data.maturity)]),
      );
    case 'lessons':
      return (await published('lessons')).map((e) =>
        toCard('lessons', e, nameOf, [optionLabel('lessons', 'origin', e.data.origin)]),
      );
    case 'agendas':
      return (await published('agendas')).map((e) =>
        toCard('agendas', e, nameOf, [optionLabel('agendas', 'scope', e.data.scope)]),
      );
    case 'plans':
      return (await published('plans')).map((e) => toCard('plans', e, nameOf, [leadName(tax, e.data.lead)]));
  }
}

const leadName = (tax: Taxonomies, lead: { id: string }) => tax.term('entities', lead).name;

/** Collections whose list links their feed. */
const withFeed: ListedCollection[] = ['practices', 'lessons'];

/** The pages of a collection's list: `/practicas/`, `/practicas/pagina/2/`… */
export async function collectionListPaths(collection: ListedCollection, paginate: PaginateFunction) {
  const base = collectionHref(collection);
  return pagedPaths(paginate, await collectionCards(collection), base, {
    props: { collection, ...(withFeed.includes(collection) ? { feed: feedHref(base) } : {}) },
  });
}
