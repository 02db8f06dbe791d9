/**
 * Faceted filtering for the offer catalogue: OR between the values chosen in one facet, AND
 * across facets, and for each value the number of items the reader would get by adding it.
 * Pure and dependency-light: the build renders counts with it and the catalogue island
 * recomputes them in the browser with the same code.
 */
import { fold } from '../../core/slug.ts';

/** Facet key → values chosen (an empty or missing list does not filter). */
export type Selection = Record<string, readonly string[]>;

export interface FacetedItem {
  /** Facet key → the item's values in that facet. */
  facets: Record<string, readonly string[]>;
  /** Accent- and case-folded words the text filter looks in. */
  text: string;
}

/** Whether an item passes every facet of the selection, ignoring `except` (for its own counts). */
export function matchesSelection(item: FacetedItem, selection: Selection, except?: string): boolean {
  return Object.entries(selection).every(
    ([key, chosen]) =>
      key === except || chosen.length === 0 || chosen.some((value) => item.facets[key]?.includes(value)),
  );
}

/** Every word of the query must appear (as the start of a word) in the item's text, accents aside. */
export function matchesText(item: FacetedItem, query: string): boolean {
  const words = fold(query).split(' ').filter(Boolean);
  const haystack = ` ${item.text} `;
  return words.every((w) => haystack.includes(` ${w}`));
}

export const searchableText = (...parts: string[]) => fold(parts.join(' '));

/**
 * For each facet and each of its values: how many items match the text, every other facet's
 * selection, and that value. Within a facet the values are alternatives, so a facet's own
 * selection does not narrow its counts (choosing «Formación» still shows how many
 * «Herramienta» would add).
 */
export function facetCounts(
  items: readonly FacetedItem[],
  selection: Selection,
  facetKeys: readonly string[],
  query = '',
) {
  const counts: Record<string, Map<string, number>> = {};
  const textual = query.trim() ? items.filter((item) => matchesText(item, query)) : items;
  for (const key of facetKeys) {
    const tally = new Map<string, number>();
    for (const item of textual) {
      if (!matchesSelection(item, selection, key)) continue;
      for (const value of new Set(item.facets[key] ?? [])) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
    counts[key] = tally;
  }
  return counts;
}

/** The items that pass the text and the whole selection. */
export const filterItems = <T extends FacetedItem>(items: readonly T[], selection: Selection, query = '') =>
  items.filter((item) => matchesSelection(item, selection) && (!query.trim() || matchesText(item, query)));
