/**
 * Territory roll-ups: which department a municipality belongs to, and whether an offer's
 * territorial focus reaches a place — its territorial reach and, for a municipality, its
 * differential focus read against the municipality's initial-capacity profile. Pure functions
 * over plain data, so they are tested without Astro. Every list of «offers that reach this
 * place» decides through `focusReaches`.
 */
import { slugify } from './slug.ts';
import type { ProfileValues } from '../schemas/territory-profile.ts';

export interface Territory {
  code: string;
  name: string;
  kind: string;
  department?: { id: string };
  region?: { id: string };
}

export interface Focus {
  scope: 'nacional' | 'regional' | 'departamental' | 'municipal';
  regions: { id: string }[];
  territories: { id: string }[];
  /** The differential focus (schemas/offers.ts): empty or absent means every profile. */
  capacityGroups?: readonly string[];
  categories?: readonly string[];
  pdet?: boolean;
  pdetSubregions?: readonly string[];
}

export const isDepartmentLevel = (code: string) => code.length === 2;

/** The department code of any territory code (DIVIPOLA: the first two digits). */
export const departmentCode = (code: string) => code.slice(0, 2);

/** Territory page path segment: `27001-quibdo`. */
export const territorySlug = (t: Pick<Territory, 'code' | 'name'>) => `${t.code}-${slugify(t.name)}`;

/** Places in the order a reader looks for them: by name, in Spanish (Ñ after N, accents ignored). */
export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'es');

/** The territory itself and, for a municipality, its department. */
export const territoryAndParents = (code: string) => (isDepartmentLevel(code) ? [code] : [code, departmentCode(code)]);

/** Whether something tagged with `tagged` territories concerns the place `code` directly. */
export const concerns = (tagged: { id: string }[], code: string) => tagged.some((t) => t.id === code);

/** Whether something tagged with `tagged` territories happened in the department `code` (itself or one of its municipalities). */
export const withinDepartment = (tagged: { id: string }[], departmentCodeValue: string) =>
  tagged.some((t) => departmentCode(t.id) === departmentCodeValue);

/**
 * Whether an offer's territorial reach includes a territory: national offers reach everyone;
 * regional ones reach the departments of their regions and their municipalities; departmental
 * ones their departments and municipalities; municipal ones only the municipalities named.
 */
export function territoryInReach(
  focus: Focus,
  code: string,
  regionOfDepartment: (dept: string) => string | undefined,
): boolean {
  const dept = departmentCode(code);
  switch (focus.scope) {
    case 'nacional':
      return true;
    case 'regional': {
      const region = regionOfDepartment(dept);
      return Boolean(region) && focus.regions.some((r) => r.id === region);
    }
    case 'departamental':
      return focus.territories.some((t) => t.id === code || t.id === dept);
    case 'municipal':
      return focus.territories.some((t) => t.id === code);
  }
}

/** Whether the offer names any profile criterion. */
export const hasDifferentialFocus = (focus: Focus) =>
  Boolean(focus.capacityGroups?.length || focus.categories?.length || focus.pdet || focus.pdetSubregions?.length);

/**
 * How a municipality's profile meets an offer's differential focus:
 * - `open`: the offer names no criterion (it is for every profile);
 * - `fits`: every named criterion is known and matched;
 * - `unknown`: none fails, but the profile says nothing for some named criterion;
 * - `misfit`: some named criterion is known and not matched.
 * PDET is known as soon as the profile holds anything: the PDET list is closed (170
 * municipalities) and the subregion is left empty for the others, so only a municipality with no
 * profile at all is unknown there.
 */
export type ProfileFit = 'open' | 'fits' | 'unknown' | 'misfit';

export function profileFit(focus: Focus, profile: ProfileValues | undefined): ProfileFit {
  const known = profile && (profile.pdetSubregion || profile.category || profile.capacityGroup) ? profile : undefined;
  const among = (values: readonly string[], value: string | undefined) =>
    value === undefined ? undefined : values.includes(value);
  const verdicts: (boolean | undefined)[] = [];
  if (focus.capacityGroups?.length) verdicts.push(among(focus.capacityGroups, known?.capacityGroup));
  if (focus.categories?.length) verdicts.push(among(focus.categories, known?.category));
  if (focus.pdet || focus.pdetSubregions?.length) {
    const subregion = known?.pdetSubregion;
    verdicts.push(
      !known
        ? undefined
        : subregion !== undefined && (!focus.pdetSubregions?.length || focus.pdetSubregions.includes(subregion)),
    );
  }
  if (!verdicts.length) return 'open';
  if (verdicts.includes(false)) return 'misfit';
  return verdicts.includes(undefined) ? 'unknown' : 'fits';
}

/**
 * Whether an offer reaches a territory: its territorial reach includes the place and, for a
 * municipality, its profile does not contradict the differential focus (an unknown value keeps
 * the offer; its card says whom it is for). Departments and regions have no profile: the
 * territorial reach decides, and `profile` is ignored for them.
 */
export function focusReaches(
  focus: Focus,
  code: string,
  regionOfDepartment: (dept: string) => string | undefined,
  profile: ProfileValues | undefined,
): boolean {
  if (!territoryInReach(focus, code, regionOfDepartment)) return false;
  return isDepartmentLevel(code) || profileFit(focus, profile) !== 'misfit';
}
