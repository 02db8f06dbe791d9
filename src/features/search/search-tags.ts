/**
 * What Pagefind records of each page besides its text: the filters readers narrow by
 * (type, department, theme, phase) and the metadata a result shows (type, territory).
 * Filter names are the URL parameters of /buscar, so a result list can be shared.
 */
import { departmentCode } from '../../core/places.ts';

export const searchFilters = ['tipo', 'departamento', 'tema', 'momento', 'ods'] as const;
export type SearchFilter = (typeof searchFilters)[number];

export interface SearchTagInput {
  /** Spanish name of the entry's type («Buena práctica»). */
  type: string;
  territories: { id: string; name: string }[];
  /** Department name by its 2-digit code. */
  departmentName: (code: string) => string | undefined;
  themes: string[];
  phases: string[];
  /** Shown instead of places when an entry has none of its own (a national offer). */
  placeFallback?: string;
  /** The department filter's values, when the entry's places alone do not say (an offer's reach: offerReach). */
  departments?: string[];
  /** The Sustainable Development Goals it names, as the filter shows them («ODS 6 · Agua limpia y saneamiento»). */
  sdg?: string[];
}

export interface SearchTags {
  filters: Record<SearchFilter, string[]>;
  meta: { tipo: string; territorio: string };
}

export const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

export function searchTags(input: SearchTagInput): SearchTags {
  const places = input.territories.map((t) => t.name);
  return {
    filters: {
      tipo: [input.type],
      departamento: unique(
        input.departments ?? input.territories.map((t) => input.departmentName(departmentCode(t.id))),
      ).sort((a, b) => a.localeCompare(b, 'es')),
      tema: unique(input.themes),
      momento: unique(input.phases),
      ods: unique(input.sdg ?? []),
    },
    meta: {
      tipo: input.type,
      territorio: places.length
        ? places.slice(0, 3).join(', ') + (places.length > 3 ? '…' : '')
        : (input.placeFallback ?? ''),
    },
  };
}
