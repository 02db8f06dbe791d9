/**
 * How much the portal has about each department, for the map's shading and its table.
 * National offers reach everyone alike, so they would shade every department the same:
 * a department's count is the practices, lessons, agendas and plans within it plus the
 * offers addressed to it (its region, itself or its municipalities).
 */
import { departmentCode, focusReaches, withinDepartment } from '../../core/places.ts';
import type { OfferLike, Tagged } from './territory-view.ts';

export function departmentContentCount(
  code: string,
  entries: Tagged[],
  offers: OfferLike[],
  regionOf: (dept: string) => string | undefined,
): number {
  const within = entries.filter((e) => withinDepartment(e.data.territories, code)).length;
  const addressed = offers.filter((o) => {
    const focus = o.data.territorialFocus;
    if (focus.scope === 'nacional') return false;
    if (focus.scope === 'regional') return focusReaches(focus, code, regionOf, undefined);
    return focus.territories.some((t) => departmentCode(t.id) === code);
  }).length;
  return within + addressed;
}

/** Lower bounds of each shade after «none»: 1–2, 3–5, 6 or more. */
export const SHADE_LIMITS = [1, 3, 6] as const;

/** 0 for no content, then 1… for each band of `limits`. */
export const shadeLevel = (count: number, limits: readonly number[] = SHADE_LIMITS) =>
  limits.filter((l) => count >= l).length;

/** The bands as [from, to] (to undefined for the last, open band), level 0 first. */
export function shadeBands(limits: readonly number[] = SHADE_LIMITS): [number, number | undefined][] {
  return [
    [0, 0],
    ...limits.map((from, i): [number, number | undefined] => [
      from,
      limits[i + 1] === undefined ? undefined : limits[i + 1]! - 1,
    ]),
  ];
}

/** A department as the map and its table show it. */
export interface MapDepartment {
  code: string;
  name: string;
  href: string;
  count: number;
  level: number;
}
