/**
 * The offer catalogue as one compact JSON file (`/oferta/catalogo.json`), and the one function
 * that turns an offer's fields into its card, facet values and searchable text. The build's
 * pages and the catalogue island both go through `offerItem`, so a card or a count the browser
 * computes matches the server's. Browser-safe: no schema, no Astro, no zod.
 */
import type { Card } from '../../core/cards.ts';
import { searchableText, type FacetedItem } from './facet-counts.ts';

/** The facets whose value names follow the places on an offer's card, in this order. */
export const META_FACETS = ['entidad', 'tipo', 'modalidad'] as const;
/** The facet whose names the text filter also reads (who offers it). */
const TEXT_FACET = 'entidad';

/** What an offer contributes to the catalogue, before any wording is looked up. */
export interface OfferRecord {
  id: string;
  title: string;
  summary: string;
  /** The places line of the card («Quibdó, Tumaco…»), empty for a national offer. */
  places: string;
  facets: Record<string, readonly string[]>;
  /** Theme names, which the text filter reads. */
  themes: readonly string[];
}

export interface CatalogueItem extends FacetedItem {
  id: string;
  card: Card;
}

/** Names of facet values and the constants of every card. */
export interface CatalogueWords {
  /** The catalogue's address: an offer lives at `<base><id>/`. */
  base: string;
  /** «Oferta», on every card. */
  kicker: string;
  facetName(key: string, value: string): string;
}

export function offerItem(words: CatalogueWords, o: OfferRecord): CatalogueItem {
  const names = (key: string) => (o.facets[key] ?? []).map((v) => words.facetName(key, v));
  return {
    id: o.id,
    card: {
      href: `${words.base}${o.id}/`,
      title: o.title,
      summary: o.summary,
      kicker: words.kicker,
      meta: [o.places, ...META_FACETS.flatMap(names)].filter(Boolean),
    },
    facets: o.facets,
    text: searchableText(o.title, o.summary, names(TEXT_FACET).join(' '), o.themes.join(' ')),
  };
}

const ALL = -1;

/**
 * One offer in the file: id, title, summary, places, value indexes per facet (in `facets` order),
 * theme indexes. `[-1]` stands for every value of a facet: a national offer reaches all 33
 * departments, and listing them would make the file grow by 33 numbers per national offer.
 */
export type PackedOffer = [string, string, string, string, number[][], number[]];

export interface CatalogueData {
  base: string;
  kicker: string;
  facets: { key: string; values: string[]; names: string[] }[];
  themes: string[];
  items: PackedOffer[];
}

/** Packs the catalogue: repeated words (facet values, theme names) become indexes into one list each. */
export function packCatalogue(
  words: Omit<CatalogueWords, 'facetName'>,
  facets: { key: string; present: { value: string; name: string }[] }[],
  offers: readonly OfferRecord[],
): CatalogueData {
  const themes = [...new Set(offers.flatMap((o) => o.themes))];
  const themeIndex = new Map(themes.map((name, i) => [name, i]));
  const valueIndex = facets.map((f) => new Map(f.present.map((v, i) => [v.value, i])));
  return {
    ...words,
    facets: facets.map((f) => ({
      key: f.key,
      values: f.present.map((v) => v.value),
      names: f.present.map((v) => v.name),
    })),
    themes,
    items: offers.map((o) => [
      o.id,
      o.title,
      o.summary,
      o.places,
      facets.map((f, i) => {
        const values = o.facets[f.key] ?? [];
        const all = f.present.length > 1 && f.present.every((v) => values.includes(v.value));
        return all ? [ALL] : values.map((v) => valueIndex[i]!.get(v)!);
      }),
      o.themes.map((name) => themeIndex.get(name)!),
    ]),
  };
}

/** The catalogue as the pages have it, from the file. */
export function unpackCatalogue(data: CatalogueData): CatalogueItem[] {
  const names = new Map(data.facets.map((f) => [f.key, new Map(f.values.map((v, i) => [v, f.names[i]!]))]));
  const words: CatalogueWords = {
    base: data.base,
    kicker: data.kicker,
    facetName: (key, value) => names.get(key)?.get(value) ?? value,
  };
  return data.items.map(([id, title, summary, places, values, themes]) =>
    offerItem(words, {
      id,
      title,
      summary,
      places,
      facets: Object.fromEntries(
        data.facets.map((f, i) => [
          f.key,
          values[i]?.[0] === ALL ? f.values : (values[i] ?? []).map((v) => f.values[v]!),
        ]),
      ),
      themes: themes.map((i) => data.themes[i]!),
    }),
  );
}
