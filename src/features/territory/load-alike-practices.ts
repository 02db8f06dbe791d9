/**
 * «Prácticas de municipios como este» on a municipality's page: what the municipality works on
 * (the titles, themes and summaries of its own needs and practices) is the text the related
 * feature weighs practices of municipalities like it against (related/load-alike-practices.ts).
 * Nothing for a department, a municipality without a profile, or one no practice is like.
 */
import { oncePerBuild } from '../../core/once-per-build.ts';
import { isDepartmentLevel } from '../../core/places.ts';
import { t } from '../../i18n/index.ts';
import { alikePracticeCards, hasAlikeProfile, type AlikeCard } from '../related/index.ts';
import { territoryData } from './load-territory-data.ts';
import { needsByPlace } from './load-territory-needs.ts';

export interface AlikePracticesModel {
  title: string;
  lead: string;
  /** Best first, each with why it is listed: the traits it shares with the place. */
  cards: AlikeCard[];
}

type Said = { title: string; summary: string; themes: string[] };

/** Each municipality's own practices, as words, once per build. */
const ownPractices = oncePerBuild(async function ownPractices() {
  const { practices, tax } = await territoryData();
  const own = new Map<string, Said[]>();
  for (const p of practices) {
    const said = {
      title: p.data.title,
      summary: p.data.summary,
      themes: tax.terms('themes', p.data.themes).map((x) => x.name),
    };
    for (const { id } of p.data.territories) (own.get(id) ?? own.set(id, []).get(id)!).push(said);
  }
  return own;
});

/** What a place works on, as words: titles and themes first (the matcher reads the opening), then summaries. */
function workText(items: readonly Said[]): string {
  return [...items.map((i) => i.title), ...items.flatMap((i) => i.themes), ...items.map((i) => i.summary)].join(' ');
}

/** The practices of municipalities like this one, or nothing. */
export async function loadAlikePractices(code: string): Promise<AlikePracticesModel | undefined> {
  if (isDepartmentLevel(code) || !(await hasAlikeProfile(code))) return undefined;
  const work = [...((await needsByPlace()).words.get(code) ?? []), ...((await ownPractices()).get(code) ?? [])];
  const cards = await alikePracticeCards(code, workText(work));
  if (cards.length === 0) return undefined;
  const { tax } = await territoryData();
  return {
    title: t('territory.alikeTitle'),
    lead: t('territory.alikeLead', { name: tax.all.territories.get(code)!.name }),
    cards,
  };
}
