/**
 * Practices from municipalities like a place, as cards that say why each is listed. Reads,
 * once per build, the published practices and the territories' profiles and files them by
 * traits (alike-practices.ts); a query weighs a text (what a place works on, or what a need
 * says) against the practices with the related cards' lunr index, so no second index is built.
 * The territory feature asks for a municipality's page; the demand feature for a need's page.
 */
import { published, taxonomies } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { toCard, type Card } from '../../core/cards.ts';
import { PREVIEW_SIZE } from '../../core/pagination.ts';
import { optionLabel } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import { likeEntries } from './load-related-cards.ts';
import {
  ALIKE_TRAITS,
  alikeIndex,
  alikePractices,
  practicesLikeText,
  type AlikePractice,
  type AlikeTrait,
} from './alike-practices.ts';
import type { ProfileValues } from '../../schemas/territory-profile.ts';

/** A practice card and why it is listed: the traits its municipality shares. */
export interface AlikeCard {
  card: Card;
  reasons: string[];
}

const PRACTICE_KEY = 'practices/';

const alikeData = oncePerBuild(async function alikeData() {
  const [practices, tax] = await Promise.all([published('practices'), taxonomies()]);
  const profileOf = (code: string): ProfileValues | undefined => {
    const place = tax.all.territories.get(code) as ProfileValues | undefined;
    return place && ALIKE_TRAITS.some((trait) => place[trait]) ? place : undefined;
  };
  // `published` gives the practices most recent first, the order each bucket keeps.
  const sources = practices.map((p) => ({ id: p.id, places: p.data.territories.map((r) => r.id) }));
  return { index: alikeIndex(sources, profileOf), byId: new Map(practices.map((p) => [p.id, p])), tax, profileOf };
});

/** The practices a text resembles, by id, with lunr's score. */
async function practiceLikeness(text: string): Promise<Map<string, number>> {
  if (!text.trim()) return new Map();
  return new Map(
    (await likeEntries(text))
      .filter((hit) => hit.key.startsWith(PRACTICE_KEY))
      .map((hit) => [hit.key.slice(PRACTICE_KEY.length), hit.score]),
  );
}

const reasonKeys: Record<AlikeTrait, 'related.alikeSubregion' | 'related.alikeGroup' | 'related.alikeCategory'> = {
  pdetSubregion: 'related.alikeSubregion',
  capacityGroup: 'related.alikeGroup',
  category: 'related.alikeCategory',
};

/** «Misma subregión PDET: Chocó», «Mismo grupo de capacidades: G5», «Misma categoría: sexta». */
function reason(trait: AlikeTrait, value: string): string {
  const words = trait === 'category' ? optionLabel('territories', 'category', value).toLocaleLowerCase('es-CO') : value;
  return t(reasonKeys[trait], { value: words });
}

/** Cards of practices found, each saying which traits it shares and their values in `like`. */
async function cardsOf(found: (AlikePractice & { like: ProfileValues })[]): Promise<AlikeCard[]> {
  const { byId, tax } = await alikeData();
  const territoryName = tax.nameOf('territories');
  return found.map(({ id, shared, like }) => ({
    card: toCard('practices', byId.get(id)!, territoryName),
    reasons: shared.map((trait) => reason(trait, like[trait]!)),
  }));
}

/** Whether a municipality has a profile to compare: without one, no section is drawn. */
export async function hasAlikeProfile(code: string): Promise<boolean> {
  return (await alikeData()).profileOf(code) !== undefined;
}

/**
 * A municipality's «prácticas de municipios como este»: by the traits shared, then likeness to
 * `work` (what the place works on), then most recent.
 */
export async function alikePracticeCards(code: string, work: string): Promise<AlikeCard[]> {
  const { index, profileOf } = await alikeData();
  const profile = profileOf(code);
  if (!profile) return [];
  const found = alikePractices(code, index, await practiceLikeness(work), PREVIEW_SIZE);
  return cardsOf(found.map((f) => ({ ...f, like: profile })));
}

/**
 * A need's «prácticas sobre necesidades parecidas»: practices its words resemble, in
 * municipalities sharing traits with the need's own, most traits first.
 */
export async function practicesLikeNeedCards(codes: string[], text: string): Promise<AlikeCard[]> {
  const { index } = await alikeData();
  return cardsOf(practicesLikeText(codes, index, await practiceLikeness(text), PREVIEW_SIZE));
}
