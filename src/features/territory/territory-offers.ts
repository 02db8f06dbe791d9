/**
 * The offers that reach a territory, in the order a reader of that territory needs them: what
 * is aimed at the place itself first, then at its department, then at its region, and the
 * national offers (which reach every place alike) last. Every view of a territory's offers —
 * the phase groups, the whole list, each phase's own list — reads this order, so an offer aimed
 * at Quibdó is never pushed out of sight by national ones. Pure functions over plain data.
 */
import { hasDifferentialFocus, type Focus } from '../../core/places.ts';
import { byPhase, offersReaching, type OfferLike } from './territory-view.ts';
import { PREVIEW_SIZE } from '../../core/pagination.ts';
import type { ProfileValues } from '../../schemas/territory-profile.ts';

/**
 * How near an offer's focus is to the place: 0 the place itself, 1 its department, 2 its region
 * or places of its profile (a national offer aimed at PDET municipalities, say), 3 the whole
 * country.
 */
export function reachRank(focus: Focus, code: string): number {
  switch (focus.scope) {
    case 'nacional':
      return hasDifferentialFocus(focus) ? 2 : 3;
    case 'regional':
      return 2;
    default:
      return focus.territories.some((t) => t.id === code) ? 0 : 1;
  }
}

/**
 * An offer that reaches every place alike: national and aimed at no profile. A national offer
 * aimed at a profile reaches only the places of that profile, so it is listed with the offers
 * aimed at the place, not in the national lists every territory links once.
 */
export const isNational = (o: OfferLike) =>
  o.data.territorialFocus.scope === 'nacional' && !hasDifferentialFocus(o.data.territorialFocus);

/** Nearest first; offers equally near by title, so the order does not depend on file names. */
export function nearestFirst<O extends OfferLike & { data: { title: string } }>(offers: O[], code: string): O[] {
  return offers
    .map((o) => ({ o, rank: reachRank(o.data.territorialFocus, code) }))
    .sort((a, b) => a.rank - b.rank || a.o.data.title.localeCompare(b.o.data.title, 'es'))
    .map(({ o }) => o);
}

export interface PhaseOffers<O, P> {
  phase: P;
  /** Offers of this phase aimed at the place, its department or its region, nearest first. */
  aimed: O[];
  /** National offers of this phase. */
  national: O[];
}

/**
 * The reaching offers grouped by phase of the management cycle, phases in cycle order, each
 * group split into aimed and national. An offer serving several phases is in each of them; the
 * schema asks every offer for at least one phase, so every offer is in some group.
 */
export function offersByPhase<
  O extends OfferLike & { data: { title: string } },
  P extends { id: string; order: number },
>(reaching: O[], phases: P[], code: string): PhaseOffers<O, P>[] {
  return byPhase(nearestFirst(reaching, code), phases).map(({ phase, offers }) => ({
    phase,
    aimed: offers.filter((o) => !isNational(o)),
    national: offers.filter(isNational),
  }));
}

/**
 * What a phase group shows before its links: aimed offers first, then national ones, `size`
 * in all. The links lead to whatever of either list is not shown.
 */
export function phasePreview<O>(group: { aimed: O[]; national: O[] }, size: number) {
  const aimed = group.aimed.slice(0, size);
  const national = group.national.slice(0, size - aimed.length);
  return {
    aimed,
    national,
    moreAimed: aimed.length < group.aimed.length,
    moreNational: national.length < group.national.length,
  };
}

/**
 * The offers that reach a territory: aimed at it, its department or its region (nearest
 * first), national, and both by phase, each phase saying whether its aimed offers need a list
 * of their own (more than a preview).
 */
export function territoryOfferLists<
  O extends OfferLike & { data: { title: string } },
  P extends { id: string; order: number },
>(
  offers: O[],
  code: string,
  regionOf: (dept: string) => string | undefined,
  phases: P[],
  profile: ProfileValues | undefined,
) {
  const reaching = nearestFirst(offersReaching(offers, code, regionOf, profile), code);
  const groups = offersByPhase(reaching, phases, code).map((g) => ({ ...g, ownPage: g.aimed.length > PREVIEW_SIZE }));
  return {
    reaching,
    aimed: reaching.filter((o) => !isNational(o)),
    national: reaching.filter(isNational),
    phases: groups,
  };
}
