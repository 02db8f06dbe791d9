/**
 * Territory roll-ups: which department a municipality belongs to, and whether an offer's
 * territorial focus reaches a place. Pure functions over plain data, so they are tested
 * without Astro.
 */
import { slugify } from './slug.ts';

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
 * Whether an offer's focus reaches a territory: national offers reach everyone; regional
 * ones reach the departments of their regions and their municipalities; departmental ones
 * their departments and municipalities; municipal ones only the municipalities named.
 */
export function focusReaches(
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
