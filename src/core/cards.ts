/**
 * What a list shows of an entry: type, title, summary and where it happened. The `Card` type
 * lives with its drawing in `render/card.ts` (the offer catalogue island draws cards in the
 * browser, and `render/` imports nothing from the build side); it is re-exported here for the
 * build code that makes cards.
 */
import type { Card } from '../render/card.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import { entryHref } from './urls.ts';

export type { Card };

interface Listable {
  id: string;
  data: { title: string; summary: string; territories?: { id: string }[] };
}

/** `nameOf` turns a territory reference into its name. */
export function toCard(
  collection: CollectionName,
  entry: Listable,
  nameOf: (ref: { id: string }) => string,
  extra: string[] = [],
): Card {
  return {
    href: entryHref(collection, entry.id),
    title: entry.data.title,
    summary: entry.data.summary,
    kicker: collections[collection].labelSingular,
    meta: [placesLine((entry.data.territories ?? []).map(nameOf)), ...extra].filter(Boolean),
  };
}

/** Where an entry happened, as a card says it: three places at most. */
export const placesLine = (places: string[]) => places.slice(0, 3).join(', ') + (places.length > 3 ? '…' : '');
