/**
 * The offer catalogue as the pages render it: every published offer with its card, its facet
 * values and its folded text, and the facets with the values that at least one offer has.
 */
import { optionLabel } from '../derive/labels.ts';
import { toCard, type Card } from './cards.ts';
import { facetCounts, searchableText, type FacetedItem } from './facet-counts.ts';
import { facetsOf, offerFacets, type Facet } from './offer-facets.ts';
import { published, taxonomies } from './site-content.ts';
import type { CollectionName } from '../schemas/index.ts';
import { collectionHref } from './urls.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface CatalogueItem extends FacetedItem {
  id: string;
  card: Card;
}

export interface CatalogueFacet extends Facet {
  /** Values with at least one offer, each with its count over the whole catalogue. */
  present: { value: string; name: string; count: number }[];
}

export const offerCatalogue = oncePerBuild(async function offerCatalogue() {
  const entries = await published('offers');
  const tax = await taxonomies();
  const items: CatalogueItem[] = entries.map((e) => {
    const entity = tax.term('entities', e.data.entity).name;
    return {
      id: e.id,
      card: toCard('offers', { id: e.id, data: { ...e.data, territories: e.data.territorialFocus.territories } }, tax.nameOf('territories'), [
        entity,
        optionLabel('offers', 'type', e.data.type),
        optionLabel('offers', 'modality', e.data.modality),
      ]),
      facets: facetsOf(e.data),
      text: searchableText(e.data.title, e.data.summary, entity, tax.terms('themes', e.data.themes).map((t) => t.name).join(' ')),
    };
  });
  const facets = offerFacets((taxonomy: CollectionName) => [...(tax.all[taxonomy as keyof typeof tax.all]?.values() ?? [])]);
  const counts = facetCounts(items, {}, facets.map((f) => f.key));
  const withCounts: CatalogueFacet[] = facets.map((f) => ({
    ...f,
    present: f.values.map((v) => ({ ...v, count: counts[f.key]?.get(v.value) ?? 0 })).filter((v) => v.count > 0),
  }));
  return { items, facets: withCounts };
});

/** The server-rendered page of one facet value, which works without JavaScript. */
export const facetHref = (facetKey: string, value: string) => `${collectionHref('offers')}${facetKey}/${value}/`;
