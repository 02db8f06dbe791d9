/**
 * The offer catalogue as the pages render it: every published offer with its card, its facet
 * values and its folded text, the facets with the values that at least one offer has, and the
 * same catalogue packed for the island (`catalogue-data.ts`).
 */
import { collections, type CollectionName } from '../schemas/index.ts';
import { placesLine } from './cards.ts';
import { facetCounts } from './facet-counts.ts';
import { facetsOf, offerFacets, type Facet } from './offer-facets.ts';
import { published, taxonomies } from './site-content.ts';
import { collectionHref } from './urls.ts';
import { oncePerBuild } from './once-per-build.ts';
import { offerItem, packCatalogue, type CatalogueItem, type OfferRecord } from './catalogue-data.ts';

export type { CatalogueItem } from './catalogue-data.ts';

export interface CatalogueFacet extends Facet {
  /** Values with at least one offer, each with its count over the whole catalogue. */
  present: { value: string; name: string; count: number }[];
}

export const offerCatalogue = oncePerBuild(async function offerCatalogue() {
  const entries = await published('offers');
  const tax = await taxonomies();
  const territoryName = tax.nameOf('territories');
  const records: OfferRecord[] = entries.map((e) => ({
    id: e.id,
    title: e.data.title,
    summary: e.data.summary,
    places: placesLine(e.data.territorialFocus.territories.map(territoryName)),
    facets: facetsOf(e.data),
    themes: tax.terms('themes', e.data.themes).map((t) => t.name),
  }));
  const facets = offerFacets((taxonomy: CollectionName) => [...(tax.all[taxonomy as keyof typeof tax.all]?.values() ?? [])]);
  const names = new Map(facets.map((f) => [f.key, new Map(f.values.map((v) => [v.value, v.name]))]));
  const words = { base: collectionHref('offers'), kicker: collections.offers.labelSingular };
  const items: CatalogueItem[] = records.map((r) => offerItem({ ...words, facetName: (key, value) => names.get(key)?.get(value) ?? value }, r));
  const counts = facetCounts(items, {}, facets.map((f) => f.key));
  const withCounts: CatalogueFacet[] = facets.map((f) => ({
    ...f,
    present: f.values.map((v) => ({ ...v, count: counts[f.key]?.get(v.value) ?? 0 })).filter((v) => v.count > 0),
  }));
  return { items, facets: withCounts, data: () => packCatalogue(words, withCounts, records) };
});

/** The server-rendered page of one facet value, which works without JavaScript. */
export const facetHref = (facetKey: string, value: string) => `${collectionHref('offers')}${facetKey}/${value}/`;

/** The catalogue file the island fetches on first use. */
export const catalogueDataHref = () => `${collectionHref('offers')}catalogo.json`;
