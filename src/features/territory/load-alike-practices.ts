/**
 * «Prácticas de municipios como este» on a municipality's page: reads, once per build, the
 * published practices and the territories' profiles and files them by traits (alike-practices.ts);
 * per page, weighs what the municipality works on (the titles, themes and summaries of its own
 * needs and practices) against the practices with the related feature's lunr index, through its
 * entry point, and hands the template cards that say why each practice is listed. Nothing for a
 * department, a municipality without a profile, or one no practice resembles.
 */
import { oncePerBuild } from '../../core/once-per-build.ts';
import { toCard, type Card } from '../../core/cards.ts';
import { isDepartmentLevel } from '../../core/places.ts';
import { PREVIEW_SIZE } from '../../core/pagination.ts';
import { optionLabel } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import { likeEntries } from '../related/index.ts';
import { territoryData } from './load-territory-data.ts';
import { needsByPlace } from './load-territory-needs.ts';
import { ALIKE_TRAITS, alikeIndex, alikePractices, type AlikeTrait } from './alike-practices.ts';
import type { ProfileData } from './territory-profile.ts';

export interface AlikePracticesModel {
  title: string;
  lead: string;
  /** Best first, each with why it is listed: the traits it shares with the place. */
  cards: { card: Card; reasons: string[] }[];
}

const PRACTICE_KEY = 'practices/';

const alikeData = oncePerBuild(async function alikeData() {
  const { practices, tax } = await territoryData();
  const profileOf = (code: string): ProfileData | undefined => {
    const place = tax.all.territories.get(code) as ProfileData | undefined;
    return place && ALIKE_TRAITS.some((trait) => place[trait]) ? place : undefined;
  };
  // `published` gives the practices most recent first, the order each bucket keeps.
  const sources = practices.map((p) => ({ id: p.id, places: p.data.territories.map((r) => r.id) }));
  const own = new Map<string, typeof practices>();
  for (const practice of practices)
    for (const { id } of practice.data.territories) (own.get(id) ?? own.set(id, []).get(id)!).push(practice);
  return {
    index: alikeIndex(sources, profileOf),
    byId: new Map(practices.map((p) => [p.id, p])),
    own,
    tax,
    profileOf,
  };
});

/** What a place works on, as words: titles and themes first (the matcher reads the opening), then summaries. */
function workText(items: readonly { title: string; summary: string; themes: string[] }[]): string {
  return [...items.map((i) => i.title), ...items.flatMap((i) => i.themes), ...items.map((i) => i.summary)].join(' ');
}

const reasonKeys: Record<AlikeTrait, 'territory.alikeSubregion' | 'territory.alikeGroup' | 'territory.alikeCategory'> =
  {
    pdetSubregion: 'territory.alikeSubregion',
    capacityGroup: 'territory.alikeGroup',
    category: 'territory.alikeCategory',
  };

/** «Misma subregión PDET: Chocó», «Mismo grupo de capacidades: G5», «Misma categoría: sexta». */
function reason(trait: AlikeTrait, profile: ProfileData): string {
  const value = profile[trait]!;
  const words = trait === 'category' ? optionLabel('territories', 'category', value).toLocaleLowerCase('es-CO') : value;
  return t(reasonKeys[trait], { value: words });
}

/** The practices of municipalities like this one, or nothing. */
export async function loadAlikePractices(code: string): Promise<AlikePracticesModel | undefined> {
  if (isDepartmentLevel(code)) return undefined;
  const { index, byId, own, tax, profileOf } = await alikeData();
  const profile = profileOf(code);
  if (!profile) return undefined;
  const themeNames = (refs: { id: string }[]) => tax.terms('themes', refs).map((theme) => theme.name);
  const work = [
    ...((await needsByPlace()).words.get(code) ?? []),
    ...(own.get(code) ?? []).map((p) => ({
      title: p.data.title,
      summary: p.data.summary,
      themes: themeNames(p.data.themes),
    })),
  ];
  const likeness = new Map(
    (work.length > 0 ? await likeEntries(workText(work)) : [])
      .filter((hit) => hit.key.startsWith(PRACTICE_KEY))
      .map((hit) => [hit.key.slice(PRACTICE_KEY.length), hit.score]),
  );
  const found = alikePractices(code, index, likeness, PREVIEW_SIZE);
  if (found.length === 0) return undefined;
  const territoryName = tax.nameOf('territories');
  const name = tax.all.territories.get(code)!.name;
  return {
    title: t('territory.alikeTitle'),
    lead: t('territory.alikeLead', { name }),
    cards: found.map(({ id, shared }) => ({
      card: toCard('practices', byId.get(id)!, territoryName),
      reasons: shared.map((trait) => reason(trait, profile)),
    })),
  };
}
