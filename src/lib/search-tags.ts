/**
 * What Pagefind records of each page besides its text: the filters readers narrow by
 * (type, department, theme, phase) and the metadata a result shows (type, territory).
 * Filter names are the URL parameters of /buscar, so a result list can be shared.
 */
import { departmentCode, focusReaches, isDepartmentLevel, type Focus } from './territories.ts';

export const searchFilters = ['tipo', 'departamento', 'tema', 'momento'] as const;
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
  /** Department codes the entry concerns, when its places alone do not say (an offer's reach). */
  departmentCodes?: string[];
}

export interface SearchTags {
  filters: Record<SearchFilter, string[]>;
  meta: { tipo: string; territorio: string };
}

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

export function searchTags(input: SearchTagInput): SearchTags {
  const places = input.territories.map((t) => t.name);
  return {
    filters: {
      tipo: [input.type],
      departamento: unique((input.departmentCodes ?? input.territories.map((t) => departmentCode(t.id))).map(input.departmentName)).sort((a, b) =>
        a.localeCompare(b, 'es'),
      ),
      tema: unique(input.themes),
      momento: unique(input.phases),
    },
    meta: {
      tipo: input.type,
      territorio: places.length ? places.slice(0, 3).join(', ') + (places.length > 3 ? '…' : '') : (input.placeFallback ?? ''),
    },
  };
}


/**
 * The departments an offer is found under: every one for a national offer, its regions' for a
 * regional one, and for the others the departments of the territories it names.
 */
export const departmentsReached = (focus: Focus, territoryCodes: string[], regionOf: (dept: string) => string | undefined) =>
  territoryCodes.filter(
    (code) => isDepartmentLevel(code) && (focusReaches(focus, code, regionOf) || focus.territories.some((t) => departmentCode(t.id) === code)),
  );
