/**
 * Which departments an offer reaches, for the catalogue's department filter: a reader in Chocó
 * asks «what reaches Chocó» and expects national offers, those of the Pacific region, those
 * for Chocó itself and those for any of its municipalities. The same reading as a
 * department's feed (feed-selection.ts): the offer's focus reaches the department
 * (core/places.ts, focusReaches) or names a place within it. A department has no initial-capacity
 * profile, so an offer's differential focus does not narrow this filter: the territorial reach
 * decides, and the offer's card says whom it is meant for.
 */
import { type Focus, focusReaches, withinDepartment } from '../../core/places.ts';

export const reachesDepartment = (focus: Focus, department: string, regionOf: (dept: string) => string | undefined) =>
  focusReaches(focus, department, regionOf, undefined) || withinDepartment(focus.territories, department);

/** The departments (codes, in the order given) an offer reaches. */
export const departmentsReached = (
  focus: Focus,
  departments: readonly string[],
  regionOf: (dept: string) => string | undefined,
) => departments.filter((code) => reachesDepartment(focus, code, regionOf));
