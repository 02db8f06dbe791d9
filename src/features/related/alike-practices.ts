/**
 * «Prácticas de municipios como este»: the good practices of other municipalities that share a
 * trait of this one's initial-capacity profile (PDET subregion, DNP capacity group, Ley 617
 * category), what a planning secretary looks for when preparing her own work (USERS.md, task 1),
 * and, on a need's page, the practices on a similar need in municipalities like the need's own
 * (task 9).
 *
 * Pure, and built for a whole country: `alikeIndex` files every practice, once per build, under
 * each combination of traits of each municipality it names; a page then reads only the buckets
 * of its own combinations, best first, and stops when it has enough. The work per page stays
 * bounded by the preview's size (plus the place's own practices, which it skips), not by the
 * number of practices: 1,122 profiled places × 10,000 entries must not be quadratic.
 */

/** The traits compared, in the order they weigh. */
import type { ProfileValues } from '../../schemas/territory-profile.ts';

export const ALIKE_TRAITS = ['pdetSubregion', 'capacityGroup', 'category'] as const;
export type AlikeTrait = (typeof ALIKE_TRAITS)[number];

/** What a practice gets compared on: its id and the territories it names (most recent practice first). */
export interface AlikeSource {
  id: string;
  places: readonly string[];
}

/** A practice found for a place: the traits it shares, in weight order, and its content likeness. */
export interface AlikePractice {
  id: string;
  shared: AlikeTrait[];
}

export interface AlikeIndex {
  /** Combination key (`pdetSubregion=Chocó|category=6`) → practices whose places share at least those traits, most recent first. */
  buckets: Map<string, string[]>;
  /** Practice → the territories it names. */
  places: Map<string, ReadonlySet<string>>;
  profileOf: (code: string) => ProfileValues | undefined;
}

type Combination = { traits: AlikeTrait[]; key: string };

/**
 * The order of the tiers: the traits shared, weighed. The PDET subregion counts most, more than
 * the other two together: its municipalities share territory, the armed conflict's legacy and
 * one PDET action plan (PATR), so their practices transfer most directly, and a secretary in
 * Bojayá looks first at what Medio Atrato did. The MDM capacity group counts next: it measures
 * what an administration can do at the start (staff, revenue, systems), which decides whether a
 * practice can be carried out there. The Ley 617 category counts least: a budget-size band that
 * most municipalities share (sixth category), so sharing it says least. With these weights
 * (4, 2, 1) the tiers read as a count where one trait outweighs those after it: all three, then
 * subregion and group, subregion and category, subregion alone, group and category, group
 * alone, category alone.
 */
function combinations(profile: ProfileValues): Combination[] {
  const present = ALIKE_TRAITS.filter((trait) => profile[trait]);
  // Each present trait is a bit, the weightiest highest: a larger mask is a better tier.
  const masks = Array.from({ length: (1 << present.length) - 1 }, (_, i) => (1 << present.length) - 1 - i);
  return masks.map((mask) => {
    const traits = present.filter((_, i) => mask & (1 << (present.length - 1 - i)));
    return { traits, key: traits.map((trait) => `${trait}=${profile[trait]}`).join('|') };
  });
}

/** Files each practice under every combination of traits of every profiled place it names. Once per build. */
export function alikeIndex(
  practices: readonly AlikeSource[],
  profileOf: (code: string) => ProfileValues | undefined,
): AlikeIndex {
  const buckets = new Map<string, string[]>();
  const places = new Map<string, ReadonlySet<string>>();
  for (const practice of practices) {
    places.set(practice.id, new Set(practice.places));
    for (const code of practice.places) {
      const profile = profileOf(code);
      if (!profile) continue;
      for (const { key } of combinations(profile)) {
        const bucket = buckets.get(key) ?? buckets.set(key, []).get(key)!;
        // Two places of one practice may share a combination: the practice is filed once.
        if (bucket.at(-1) !== practice.id) bucket.push(practice.id);
      }
    }
  }
  return { buckets, places, profileOf };
}

/**
 * Up to `limit` practices of other municipalities like `code`, best first: by the tier of the
 * traits shared (see `combinations`), then by likeness of content to what the place works on
 * (`likeness`: practice id → score, from the place's own needs and practices), then most recent
 * first. A practice that names the place itself is its own, never listed; a practice naming
 * several places counts by the one most like this place.
 */
export function alikePractices(
  code: string,
  index: AlikeIndex,
  likeness: ReadonlyMap<string, number>,
  limit: number,
): AlikePractice[] {
  const profile = index.profileOf(code);
  if (!profile) return [];
  const tiers = combinations(profile);
  if (tiers.length === 0) return [];
  const isOwn = (id: string) => index.places.get(id)?.has(code) ?? true;
  /** The best tier a practice reaches through any of its places, or -1. */
  const tierOf = (id: string) => {
    let best = -1;
    for (const place of index.places.get(id) ?? []) {
      const other = index.profileOf(place);
      if (!other) continue;
      const shared = sharedTraits(profile, other);
      if (shared.length === 0) continue;
      const tier = tiers.findIndex((c) => c.traits.join() === shared.join());
      if (best === -1 || tier < best) best = tier;
    }
    return best;
  };
  // The practices the place's work resembles, by tier, best score first.
  const liked: string[][] = tiers.map(() => []);
  for (const [id] of [...likeness].sort((a, b) => b[1] - a[1])) {
    if (isOwn(id)) continue;
    const tier = tierOf(id);
    if (tier >= 0) liked[tier]!.push(id);
  }
  const found: AlikePractice[] = [];
  const seen = new Set<string>();
  const take = (id: string, tier: number) => {
    seen.add(id);
    found.push({ id, shared: tiers[tier]!.traits });
    return found.length >= limit;
  };
  for (const [tier, combination] of tiers.entries()) {
    for (const id of liked[tier]!) if (take(id, tier)) return found;
    // A bucket holds this tier and the tiers above it; those above were all taken already
    // (a tier is left only when exhausted), so what is not seen here belongs to this tier.
    for (const id of index.buckets.get(combination.key) ?? []) {
      if (seen.has(id) || isOwn(id)) continue;
      if (take(id, tier)) return found;
    }
  }
  return found;
}

/** The traits two profiles share, weightiest first. */
function sharedTraits(profile: ProfileValues, other: ProfileValues): AlikeTrait[] {
  return ALIKE_TRAITS.filter((trait) => profile[trait] && other[trait] === profile[trait]);
}

/** A combination's weight, as `combinations` orders the tiers: subregion 4, group 2, category 1. */
const weightOf = (traits: readonly AlikeTrait[]) =>
  traits.reduce((sum, trait) => sum + (1 << (ALIKE_TRAITS.length - 1 - ALIKE_TRAITS.indexOf(trait))), 0);

/**
 * Below this share of the best score, a practice shares a few common words with the need and
 * nothing of its subject: in a small corpus almost every practice scores something.
 */
const LIKENESS_FLOOR = 0.25;

/**
 * Up to `limit` practices like a text (`likeness`, from a need's words) in municipalities like
 * `codes` (the need's own), best first. Here the subject comes first — the reader looks for
 * practices that worked on a similar need — so the order is by likeness, then by the weight of
 * the traits shared with the closest of those municipalities; a practice that shares no trait,
 * or that scores under `LIKENESS_FLOOR` of the best, is left out. Practices naming one of
 * `codes` are kept: they already worked on the need where it was identified. `like` is the
 * profile of the need's municipality the practice shares its traits with.
 */
export function practicesLikeText(
  codes: readonly string[],
  index: AlikeIndex,
  likeness: ReadonlyMap<string, number>,
  limit: number,
): (AlikePractice & { like: ProfileValues })[] {
  const profiles = codes.map((code) => index.profileOf(code)).filter((p): p is ProfileValues => p !== undefined);
  if (profiles.length === 0) return [];
  const found: (AlikePractice & { like: ProfileValues; weight: number; score: number })[] = [];
  const floor = LIKENESS_FLOOR * Math.max(0, ...likeness.values());
  for (const [id, score] of likeness) {
    if (score < floor) continue;
    let best: { shared: AlikeTrait[]; like: ProfileValues } | undefined;
    for (const place of index.places.get(id) ?? []) {
      const other = index.profileOf(place);
      if (!other) continue;
      for (const profile of profiles) {
        const shared = sharedTraits(profile, other);
        if (weightOf(shared) > weightOf(best?.shared ?? [])) best = { shared, like: profile };
      }
    }
    if (best) found.push({ id, ...best, weight: weightOf(best.shared), score });
  }
  return found
    .sort((a, b) => b.score - a.score || b.weight - a.weight)
    .slice(0, limit)
    .map(({ id, shared, like }) => ({ id, shared, like }));
}
