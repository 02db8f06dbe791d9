/**
 * The offer catalogue as the pages render it: every published offer with its card, its facet
 * values (the schema's, and the departments it reaches) and its folded text, the facets with the values that at least one offer has, and the
 * same catalogue packed for the island (`catalogue-data.ts`). Pure: load-catalogue-page.ts gives
 * it the published offers and the taxonomies.
 */
import { collections, type CollectionName } from '../../schemas/index.ts';
import { placesLine } from '../../core/cards.ts';
import { facetCounts } from './facet-counts.ts';
import { facetsOf, offerFacets, type Facet, type TaxonomyTerm } from './offer-facets.ts';
import { collectionHref } from '../../core/urls.ts';
import { offerItem, packCatalogue, type CatalogueItem, type OfferRecord } from './catalogue-data.ts';
import { departmentsReached } from './department-reach.ts';
import { type Focus, isDepartmentLevel, territorySlug } from '../../core/places.ts';
import { t } from '../../i18n/index.ts';
import { type Choice, facetViews, limitedSelection, selectionHref } from './catalogue-pages.ts';

export type { CatalogueItem } from './catalogue-data.ts';

export interface CatalogueFacet extends Facet {
  /** Values with at least one offer, each with its count over the whole catalogue. */
  present: { value: string; name: string; count: number }[];
}

/** An offer as the catalogue reads it. */
export interface CatalogueOffer {
  id: string;
  data: { title: string; summary: string; territorialFocus: Focus; themes: { id: string }[] };
}

/** The taxonomy lookups the catalogue needs (the build's `taxonomies()`). */
export interface CatalogueTerms {
  all: { territories: Map<string, TaxonomyTerm & Record<string, unknown>> } & Partial<
    Record<string, Map<string, TaxonomyTerm>>
  >;
  nameOf(collection: 'territories'): (ref: { id: string }) => string;
  terms(collection: 'themes', refs: { id: string }[]): { name: string }[];
}

export interface OfferCatalogue {
  items: CatalogueItem[];
  facets: CatalogueFacet[];
  /** The same catalogue packed for the island. */
  data: () => ReturnType<typeof packCatalogue>;
}

/** The catalogue of the given offers: cards, facet values and counts over the whole catalogue. */
export function buildOfferCatalogue(entries: CatalogueOffer[], tax: CatalogueTerms): OfferCatalogue {
  const territoryName = tax.nameOf('territories');
  const regionOf = (dept: string) => (tax.all.territories.get(dept)?.region as { id: string } | undefined)?.id;
  const departments = [...tax.all.territories.values()]
    .filter((p) => isDepartmentLevel(p.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'es'))
    .map((p) => ({ code: p.id, value: territorySlug({ code: p.id, name: p.name }), name: p.name }));
  const records: OfferRecord[] = entries.map((e) => ({
    id: e.id,
    title: e.data.title,
    summary: e.data.summary,
    places: placesLine(e.data.territorialFocus.territories.map(territoryName)),
    facets: {
      [DEPARTMENT_FACET]: departmentsReached(
        e.data.territorialFocus,
        departments.map((d) => d.code),
        regionOf,
      ).map((code) => departments.find((d) => d.code === code)!.value),
      ...facetsOf(e.data),
      [PDET_FACET]: aimsAtPdet(e.data.territorialFocus) ? [PDET_VALUE] : [],
    },
    themes: tax.terms('themes', e.data.themes).map((t) => t.name),
  }));
  const facets = [
    departmentFacet(departments),
    ...offerFacets((taxonomy: CollectionName) =>
      taxonomy === 'sdg' ? sdgTerms(tax.all.sdg) : [...(tax.all[taxonomy]?.values() ?? [])],
    ),
    pdetFacet(),
  ];
  const names = new Map(facets.map((f) => [f.key, new Map(f.values.map((v) => [v.value, v.name]))]));
  const words = { base: collectionHref('offers'), kicker: collections.offers.labelSingular };
  const items: CatalogueItem[] = records.map((r) =>
    offerItem({ ...words, facetName: (key, value) => names.get(key)?.get(value) ?? value }, r),
  );
  const counts = facetCounts(
    items,
    {},
    facets.map((f) => f.key),
  );
  const withCounts: CatalogueFacet[] = facets.map((f) => ({
    ...f,
    present: f.values.map((v) => ({ ...v, count: counts[f.key]?.get(v.value) ?? 0 })).filter((v) => v.count > 0),
  }));
  return { items, facets: withCounts, data: () => packCatalogue(words, withCounts, records) };
}

/** The goals in their order (1 to 17), each named as pills and the search filter name it: «ODS 6 · …». */
const sdgTerms = (goals: Map<string, TaxonomyTerm> | undefined): TaxonomyTerm[] =>
  [...(goals?.values() ?? [])].map((goal) => ({
    id: goal.id,
    name: t('sdg.term', { n: goal.id, name: goal.name }),
    order: Number(goal.id),
  }));

/** The department filter: offers that reach a department (see department-reach.ts). Not a field: derived from the focus. */
export const DEPARTMENT_FACET = 'departamento';

function departmentFacet(departments: { value: string; name: string }[]): Facet & { standalone: true } {
  return {
    key: DEPARTMENT_FACET,
    path: 'territorialFocus',
    label: t('catalogue.department'),
    values: departments.map(({ value, name }) => ({ value, name })),
    standalone: true,
  };
}

/** The server-rendered page of one facet value, which works without JavaScript. */
export const facetHref = (facetKey: string, value: string) => `${collectionHref('offers')}${facetKey}/${value}/`;

/** The catalogue file the island fetches on first use. */
export const catalogueDataHref = () => `${collectionHref('offers')}catalogo.json`;

/** Everything a catalogue page needs for a selection of values (none, one or two): its facets and the way back. */
export function selectionView(catalogue: { items: CatalogueItem[]; facets: CatalogueFacet[] }, choices: Choice[]) {
  const base = collectionHref('offers');
  const order = catalogue.facets.map((f) => f.key);
  const facetOf = (key: string) => catalogue.facets.find((f) => f.key === key)!;
  const named = choices.map((c) => {
    const facet = facetOf(c.key);
    return { ...c, facet, name: facet.present.find((v) => v.value === c.value)?.name ?? c.value };
  });
  return {
    facets: facetViews(catalogue.items, catalogue.facets, choices, base),
    chosen: named.map((c) => ({
      name: c.name,
      removeHref: selectionHref(
        base,
        order,
        choices.filter((o) => o.key !== c.key),
      ),
    })),
    named,
    limited: limitedSelection(catalogue.facets, choices),
    href: selectionHref(base, order, choices),
  };
}

/**
 * The PDET filter: offers aimed at PDET municipalities (all of them, or those of some
 * subregions). Not an enum of the schema (a yes/no and a list of subregions), so derived here
 * like the department filter; one value.
 */
export const PDET_FACET = 'pdet';
export const PDET_VALUE = 'municipios-pdet';

const aimsAtPdet = (focus: Focus) => Boolean(focus.pdet || focus.pdetSubregions?.length);

function pdetFacet(): Facet & { standalone: true } {
  return {
    key: PDET_FACET,
    path: 'territorialFocus.pdet',
    label: t('catalogue.pdet'),
    values: [{ value: PDET_VALUE, name: t('catalogue.pdetValue') }],
    standalone: true,
  };
}
