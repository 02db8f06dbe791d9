/**
 * The lists of a territory page, as summary sections: its own entries by collection, the
 * practices it replicated, its department's entries, and the offers that reach it. National
 * offers reach every place alike: the offers section links their one list in the catalogue
 * instead of listing them again under every territory (at 10,000 entries they made 3,700 of
 * the site's 19,500 pages, and would make tens of thousands with a page per municipality).
 * Offers aimed at the place come first wherever they are listed (territory-offers.ts); the
 * national ones of each phase are listed once, under the phase (`/ciclo/<fase>/oferta-nacional/`).
 */
import { collections } from '../../schemas/index.ts';
import { label, optionLabel } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import { toCard } from '../../core/cards.ts';
import { facetHref } from '../catalogue/index.ts';
import { facetFields } from '../catalogue/index.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import type { SummarySection } from '../../core/summary-sections.ts';
import { territoryData } from './territory-pages.ts';
import { departmentCode, isDepartmentLevel } from '../../core/places.ts';
import { adoptedBy, entriesFor, offersReaching } from './territory-view.ts';
import { isNational, nearestFirst, offersByPhase } from './territory-offers.ts';
import { PREVIEW_SIZE } from '../../core/pagination.ts';
import { entryHref } from '../../core/urls.ts';

/** The catalogue facet of an offer's territorial scope, whose «nacional» page lists the national offers. */
const scopeFacet = facetFields.find((f) => f.path === 'territorialFocus.scope')!.key;

// Once per territory: the territory page and its sections' own pages read the same lists.
export const territorySections = oncePerBuild(async function territorySections(code: string): Promise<SummarySection[]> {
  const { practices, lessons, agendas, plans, tax } = await territoryData();
  const place = tax.all.territories.get(code)!;
  const isDepartment = isDepartmentLevel(code);
  const department = isDepartment ? undefined : tax.all.territories.get(departmentCode(code));
  const nameOf = tax.nameOf('territories');
  const own = [
    { collection: 'practices' as const, lists: entriesFor(practices, code), more: 'summary.more.practices' as const, count: 'list.practices' as const },
    { collection: 'lessons' as const, lists: entriesFor(lessons, code), more: 'summary.more.lessons' as const, count: 'list.lessons' as const },
    { collection: 'agendas' as const, lists: entriesFor(agendas, code), more: 'summary.more.agendas' as const, count: 'list.agendas' as const },
    { collection: 'plans' as const, lists: entriesFor(plans, code), more: 'summary.more.plans' as const, count: 'list.plans' as const },
  ];
  const { aimed, national } = await territoryOffers(code);
  const offerCard = await offerCards();
  const sections: SummarySection[] = [
    ...own.map((s) => ({
      slug: (collections[s.collection] as { route: string }).route,
      title: collections[s.collection].label,
      cards: s.lists.own.map((e) => toCard(s.collection, e, nameOf)),
      more: s.more,
      count: s.count,
    })),
    {
      slug: 'replicadas',
      title: t('territory.adopted', { name: place.name }),
      cards: isDepartment ? [] : adoptedBy(practices, code).map((e) => toCard('practices', e, nameOf)),
      more: 'summary.more.adopted' as const,
      count: 'list.practices' as const,
    },
    {
      slug: 'departamento',
      title: department ? t('territory.fromDepartment', { department: department.name }) : '',
      cards: department ? own.flatMap((s) => s.lists.department.map((e) => toCard(s.collection, e, nameOf))) : [],
      more: 'summary.more.department' as const,
      count: 'list.count' as const,
    },
    {
      slug: (collections.offers as { route: string }).route,
      title: t('territory.offersReaching', { name: place.name }),
      cards: aimed.map(offerCard),
      more: 'territory.moreAimed' as const,
      count: 'territory.offersHere' as const,
      lead: t('territory.offersLead', { n: aimed.length + national.length, parts: offerParts(aimed.length, national.length) }),
      elsewhere: national.length > 0 ? { text: t('territory.nationalOffers', { n: national.length }), href: facetHref(scopeFacet, 'nacional') } : undefined,
    },
  ];
  return sections.filter((s) => s.cards.length > 0 || s.elsewhere);
});

/** «7 dirigidas a este territorio… y 6 de alcance nacional», leaving out a part that is zero. */
export function offerParts(aimed: number, national: number): string {
  const parts = [aimed > 0 ? t('territory.aimedPart', { n: aimed }) : '', national > 0 ? t('territory.nationalPart', { n: national }) : ''].filter(Boolean);
  return parts.length === 2 ? t('territory.bothParts', { aimed: parts[0]!, national: parts[1]! }) : (parts[0] ?? '');
}

type Offer = Awaited<ReturnType<typeof territoryData>>['offers'][number];

/** An offer's card in a territory's lists: who offers it and how far it reaches. */
const offerCards = oncePerBuild(async function offerCards() {
  const { tax } = await territoryData();
  const nameOf = tax.nameOf('territories');
  const scope = label('offers', 'territorialFocus.scope');
  return (o: Offer) =>
    toCard('offers', { id: o.id, data: { ...o.data, territories: o.data.territorialFocus.territories } }, nameOf, [
      tax.term('entities', o.data.entity).name,
      `${scope}: ${optionLabel('offers', 'territorialFocus.scope', o.data.territorialFocus.scope)}`,
    ]);
});

/** A phase's name inside a sentence: «las ofertas de rendición de cuentas». */
export const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase('es') + name.slice(1);

/** The phases of the management cycle in cycle order. */
export const cyclePhases = oncePerBuild(async function cyclePhases() {
  const { tax } = await territoryData();
  return [...tax.all.phases.values()].map((ph) => ({ id: ph.id, name: ph.name, order: Number(ph.order) })).sort((a, b) => a.order - b.order);
});

/** A territory's own list of the offers of one phase aimed at it: `/territorio/27001-quibdo/ciclo/planeacion/`. */
export const territoryPhaseHref = (territoryPageHref: string, phaseId: string) => `${territoryPageHref}${entryHref('phases', phaseId).slice(1)}`;

/** The national offers of one phase, listed once for every territory: `/ciclo/planeacion/oferta-nacional/`. */
export { nationalOfPhase as nationalPhaseHref } from '../terms/term-pages.ts';

/**
 * The offers that reach a territory: aimed at it, its department or its region (nearest
 * first), national, and both by phase, each phase with the addresses of its whole lists.
 */
export const territoryOffers = oncePerBuild(async function territoryOffers(code: string) {
  const { offers, regionOf } = await territoryData();
  const reaching = nearestFirst(offersReaching(offers, code, regionOf), code);
  const phases = offersByPhase(reaching, await cyclePhases(), code).map((g) => ({
    ...g,
    /** Whether the aimed offers of this phase need a list of their own (more than a preview). */
    ownPage: g.aimed.length > PREVIEW_SIZE,
  }));
  return { reaching, aimed: reaching.filter((o) => !isNational(o)), national: reaching.filter(isNational), phases };
});

/** The national offers of each phase (the list every territory page links to), phases in cycle order. */
export const nationalOffersByPhase = oncePerBuild(async function nationalOffersByPhase() {
  const { offers } = await territoryData();
  const offerCard = await offerCards();
  const national = offers.filter(isNational).sort((a, b) => a.data.title.localeCompare(b.data.title, 'es'));
  return (await cyclePhases())
    .map((phase) => ({ phase, cards: national.filter((o) => o.data.phases.some((p) => p.id === phase.id)).map(offerCard) }))
    .filter((g) => g.cards.length > 0);
});

/** Cards of the offers aimed at a territory in one phase. */
export async function territoryPhaseCards(code: string, phaseId: string) {
  const offerCard = await offerCards();
  const group = (await territoryOffers(code)).phases.find((g) => g.phase.id === phaseId);
  return (group?.aimed ?? []).map(offerCard);
}
