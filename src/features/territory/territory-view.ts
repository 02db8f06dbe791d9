/**
 * What concerns a territory: its own entries, its department's, the offers that reach it
 * grouped by the phase of the management cycle. Pure functions over plain data.
 */
import { type Focus, departmentCode, focusReaches, isDepartmentLevel, withinDepartment } from '../../core/places.ts';
import type { ProfileValues } from '../../schemas/territory-profile.ts';

export interface Tagged {
  id: string;
  data: { territories: { id: string }[] };
}

export interface OfferLike {
  id: string;
  data: { territorialFocus: Focus; phases: { id: string }[] };
}

/**
 * For a municipality: entries tagged with it (`own`) and, apart, entries of its department
 * (tagged with the department or another of its municipalities). For a department: every
 * entry within it is its own.
 */
export function entriesFor<T extends Tagged>(entries: T[], code: string): { own: T[]; department: T[] } {
  if (isDepartmentLevel(code))
    return { own: entries.filter((e) => withinDepartment(e.data.territories, code)), department: [] };
  const own = entries.filter((e) => e.data.territories.some((t) => t.id === code));
  const dept = departmentCode(code);
  const department = entries.filter((e) => !own.includes(e) && withinDepartment(e.data.territories, dept));
  return { own, department };
}

/** The offers that reach a place (focusReaches: territorial reach, and the municipality's profile). */
export function offersReaching<O extends OfferLike>(
  offers: O[],
  code: string,
  regionOf: (dept: string) => string | undefined,
  profile: ProfileValues | undefined,
): O[] {
  return offers.filter((o) => focusReaches(o.data.territorialFocus, code, regionOf, profile));
}

/** Offers grouped by phase, phases in cycle order; an offer spanning phases appears under each. */
export function byPhase<O extends OfferLike, P extends { id: string; order: number }>(offers: O[], phases: P[]) {
  return [...phases]
    .sort((a, b) => a.order - b.order)
    .map((phase) => ({ phase, offers: offers.filter((o) => o.data.phases.some((p) => p.id === phase.id)) }))
    .filter((group) => group.offers.length > 0);
}

/** Territory codes any content points at: those are the municipalities that get a page. */
export function referencedCodes(lists: { id: string }[][]): Set<string> {
  return new Set(lists.flat().map((r) => r.id));
}

/** Practices a municipality replicated after they worked elsewhere (their `adoptedBy`). */
export function adoptedBy<P extends { id: string; data: { adoptedBy: { id: string }[] } }>(
  practices: P[],
  code: string,
): P[] {
  return practices.filter((p) => p.data.adoptedBy.some((t) => t.id === code));
}
