/**
 * Which departments an offer reaches, for the catalogue's department filter: a reader in Chocó
 * asks «what reaches Chocó» and expects national offers, those of the Pacific region, those
 * for Chocó itself and those for any of its municipalities. The same reading as a
 * department's feed (feed-selection.ts): the offer's focus reaches the department
 * (territories.ts, focusReaches) or names a place within it.
 */
import { type Focus, focusReaches, withinDepartment } from '../../core/places.ts';

export const reachesDepartment = (focus: Focus, department: string, regionOf: (dept: string) => string | undefined) =>
  focusReaches(focus, department, regionOf) || withinDepartment(focus.territories, department);

/** The departments (codes, in the order given) an offer reaches. */
export const departmentsReached = (
  focus: Focus,
  departments: readonly string[],
  regionOf: (dept: string) => string | undefined,
) => departments.filter((code) => reachesDepartment(focus, code, regionOf));
