/**
 * The filter choices of /buscar, named exactly as src/features/search/components/SearchTags.astro tags pages,
 * so a choice always matches what the index holds.
 */
import { collections } from '../../schemas/index.ts';
import type { SearchFilter } from './search-tags.ts';
import { reachOf } from './search-reach.ts';
import { isDepartmentLevel } from '../../core/places.ts';

/** The collections whose pages are indexed, in the order readers meet them. */
export const searchedCollections = [
  'practices',
  'lessons',
  'offers',
  'courses',
  'modules',
  'agendas',
  'plans',
] as const;

interface Term {
  id: string;
  name: string;
  order?: number;
  region?: { id: string };
}

const byOrderThenName = (a: Term, b: Term) => (a.order ?? 0) - (b.order ?? 0) || a.name.localeCompare(b.name, 'es');

export function searchOptions(terms: {
  territories: Term[];
  themes: Term[];
  phases: Term[];
  /** The goals as the filter names them, in their order (1 to 17). */
  sdg?: string[];
}): Record<SearchFilter, string[]> {
  return {
    tipo: searchedCollections.map((c) => collections[c].labelSingular),
    departamento: terms.territories
      .filter((t) => isDepartmentLevel(t.id))
      .map((t) => t.name)
      .sort((a, b) => a.localeCompare(b, 'es')),
    tema: [...terms.themes].sort(byOrderThenName).map((t) => t.name),
    momento: [...terms.phases].sort(byOrderThenName).map((t) => t.name),
    ods: terms.sdg ?? [],
  };
}

/** For each department the search page offers, the filter values that include it (search-tags.ts reachOf). */
export function departmentReach(
  territories: Term[],
  regionName: (id: string) => string | undefined,
): Record<string, string[]> {
  return Object.fromEntries(
    territories
      .filter((t) => isDepartmentLevel(t.id))
      .map((t) => [t.name, reachOf(t.name, t.region && regionName(t.region.id))]),
  );
}

/** The search page's filters (loaded by load-search-page.ts). */
export interface SearchPageModel {
  options: Record<SearchFilter, string[]>;
  labels: Record<SearchFilter, string>;
  /** Filter values a choice stands for besides its own. */
  includes: Record<string, string[]>;
}
