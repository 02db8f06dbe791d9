/**
 * The catalogue's pages without JavaScript: one per facet value, and one per pair of values
 * of two different facets (`/oferta/departamento/27-choco/tipo/herramienta/`). On each page a
 * value's count is what following its link gives: the page's own selection with that value
 * added (or, in a facet already chosen, swapped). Two filters at most: past two, each page
 * offers to swap or remove one. A `standalone` facet gets a page per value but no pairs, and
 * its pages offer only its own values: with JavaScript, the catalogue combines them all.
 * Pure: the routes and the unit tests call it with the catalogue.
 */
import { facetCounts, filterItems, type FacetedItem, type Selection } from './facet-counts.ts';

export interface Choice {
  key: string;
  value: string;
}

interface FacetLike {
  key: string;
  label: string;
  present: { value: string; name: string }[];
  /**
   * Not combined with other facets on pages without JavaScript: taxonomy facets (entities,
   * phases, departments…), whose values grow with the content. Pairing every value of every
   * facet made 1,300 pages for the 15 demo offers (850 with the 33 departments a national
   * offer reaches), five times the rest of the site; pairing the schema's short enums (type,
   * modality, scope) makes a few dozen, however large the catalogue grows.
   */
  standalone?: boolean;
}

export interface FacetOption {
  value: string;
  name: string;
  /** Offers the reader gets by choosing it (from this page). */
  count: number;
  /** Where choosing it leads; none when it would list nothing. */
  href?: string;
  current: boolean;
}

export interface FacetView {
  key: string;
  label: string;
  options: FacetOption[];
  /** A value of this facet is part of the page's selection. */
  chosen: boolean;
}

/** Filters a page without JavaScript combines at most. */
export const MAX_CHOICES = 2;

export const toSelection = (choices: readonly Choice[]): Selection =>
  Object.fromEntries(choices.map((c) => [c.key, [c.value]]));

/** One address per selection: choices in facet order, `<base><key>/<value>/…`. */
export function selectionHref(base: string, facetOrder: readonly string[], choices: readonly Choice[]): string {
  const sorted = [...choices].sort((a, b) => facetOrder.indexOf(a.key) - facetOrder.indexOf(b.key));
  return `${base}${sorted.map((c) => `${c.key}/${c.value}/`).join('')}`;
}

/** The facets as a page with `chosen` shows them: counts and links for that selection. */
export function facetViews(
  items: readonly FacetedItem[],
  facets: readonly FacetLike[],
  chosen: readonly Choice[],
  base: string,
): FacetView[] {
  const order = facets.map((f) => f.key);
  const counts = facetCounts(items, toSelection(chosen), order);
  return facets.flatMap((facet) => {
    const mine = chosen.find((c) => c.key === facet.key);
    // A third filter would need a page per triple: at two, only the chosen facets can change.
    if (!mine && !combinable(facets, chosen, facet)) return [];
    const options = facet.present.map((v) => {
      const count = counts[facet.key]?.get(v.value) ?? 0;
      const next = [...chosen.filter((c) => c.key !== facet.key), { key: facet.key, value: v.value }];
      return {
        value: v.value,
        name: v.name,
        count,
        current: mine?.value === v.value,
        href: count > 0 ? selectionHref(base, order, next) : undefined,
      };
    });
    return [{ key: facet.key, label: facet.label, options, chosen: Boolean(mine) }];
  });
}

/** Whether a page with `chosen` can add a value of `facet`: a page exists for the combination. */
function combinable(facets: readonly FacetLike[], chosen: readonly Choice[], facet: FacetLike): boolean {
  if (chosen.length === 0) return true;
  if (chosen.length >= MAX_CHOICES || facet.standalone) return false;
  return !chosen.some((c) => facets.find((f) => f.key === c.key)?.standalone);
}

/** Whether the page of `chosen` leaves facets out (a note says why). */
export const limitedSelection = (facets: readonly FacetLike[], chosen: readonly Choice[]) =>
  facets.some((f) => !chosen.some((c) => c.key === f.key) && !combinable(facets, chosen, f));

/** Every selection of one or two values that lists at least one offer, with its offers. */
export function catalogueSelections<T extends FacetedItem>(
  items: readonly T[],
  facets: readonly FacetLike[],
): { choices: Choice[]; items: T[] }[] {
  const singles = facets.flatMap((f) => f.present.map((v) => [{ key: f.key, value: v.value }]));
  const pairs: Choice[][] = [];
  const pairable = facets.filter((f) => !f.standalone);
  pairable.forEach((a, i) =>
    pairable.slice(i + 1).forEach((b) => {
      for (const va of a.present)
        for (const vb of b.present)
          pairs.push([
            { key: a.key, value: va.value },
            { key: b.key, value: vb.value },
          ]);
    }),
  );
  return [...singles, ...pairs]
    .map((choices) => ({ choices, items: filterItems(items, toSelection(choices)) }))
    .filter((s) => s.items.length > 0);
}
