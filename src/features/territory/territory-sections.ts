/**
 * The lists of a territory page, as summary sections: its own entries by collection, the
 * practices it replicated, its department's entries, and the offers that reach it. National
 * offers reach every place alike: the offers section links their one list in the catalogue
 * instead of listing them again under every territory (at 10,000 entries they made 3,700 of
 * the site's 19,500 pages, and would make tens of thousands with a page per municipality).
 * Offers aimed at the place come first wherever they are listed (territory-offers.ts); the
 * national ones of each phase are listed once, under the phase (`/ciclo/<fase>/oferta-nacional/`).
 * Pure: the loaders (`load-territory-*.ts`) give it the entries and the names.
 */
import { meantFor } from '../../render/offer-audience.ts';
import { collections } from '../../schemas/index.ts';
import { label, optionLabel } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import { type Card, toCard } from '../../core/cards.ts';
import type { SummarySection } from '../../core/summary-sections.ts';
import { adoptedBy, entriesFor } from './territory-view.ts';
import { entryHref } from '../../core/urls.ts';
import { type Focus, isDepartmentLevel } from '../../core/places.ts';

interface Entry {
  id: string;
  data: { title: string; summary: string; territories: { id: string }[] };
}

/** The entries a territory page lists, by collection. */
export interface TerritoryLists<E extends Entry = Entry> {
  practices: (E & { data: { adoptedBy: { id: string }[] } })[];
  lessons: E[];
  agendas: E[];
  plans: E[];
}

export interface SectionsInput {
  code: string;
  place: { name: string };
  /** The department, for a municipality. */
  department?: { name: string };
  lists: TerritoryLists;
  territoryName: (ref: { id: string }) => string;
  /** Cards of the offers aimed at the place, its department or its region, nearest first. */
  aimedOffers: Card[];
  /** How many national offers reach it (all of them), and where they are listed once. */
  national: { count: number; href: string };
}

export function territorySummarySections({
  code,
  place,
  department,
  lists,
  territoryName,
  aimedOffers,
  national,
}: SectionsInput): SummarySection[] {
  const own = [
    {
      collection: 'practices' as const,
      lists: entriesFor(lists.practices, code),
      more: 'summary.more.practices' as const,
      count: 'list.practices' as const,
    },
    {
      collection: 'lessons' as const,
      lists: entriesFor(lists.lessons, code),
      more: 'summary.more.lessons' as const,
      count: 'list.lessons' as const,
    },
    {
      collection: 'agendas' as const,
      lists: entriesFor(lists.agendas, code),
      more: 'summary.more.agendas' as const,
      count: 'list.agendas' as const,
    },
    {
      collection: 'plans' as const,
      lists: entriesFor(lists.plans, code),
      more: 'summary.more.plans' as const,
      count: 'list.plans' as const,
    },
  ];
  const sections: SummarySection[] = [
    ...own.map((s) => ({
      slug: (collections[s.collection] as { route: string }).route,
      title: collections[s.collection].label,
      cards: s.lists.own.map((e) => toCard(s.collection, e, territoryName)),
      more: s.more,
      count: s.count,
    })),
    {
      slug: 'replicadas',
      title: t('territory.adopted', { name: place.name }),
      cards: !isDepartmentLevel(code)
        ? adoptedBy(lists.practices, code).map((e) => toCard('practices', e, territoryName))
        : [],
      more: 'summary.more.adopted' as const,
      count: 'list.practices' as const,
    },
    {
      slug: 'departamento',
      title: department ? t('territory.fromDepartment', { department: department.name }) : '',
      cards: department
        ? own.flatMap((s) => s.lists.department.map((e) => toCard(s.collection, e, territoryName)))
        : [],
      more: 'summary.more.department' as const,
      count: 'list.count' as const,
    },
    {
      slug: (collections.offers as { route: string }).route,
      title: t('territory.offersReaching', { name: place.name }),
      cards: aimedOffers,
      more: 'territory.moreAimed' as const,
      count: 'territory.offersHere' as const,
      lead: t('territory.offersLead', {
        n: aimedOffers.length + national.count,
        parts: offerParts(aimedOffers.length, national.count),
      }),
      elsewhere:
        national.count > 0
          ? { text: t('territory.nationalOffers', { n: national.count }), href: national.href }
          : undefined,
    },
  ];
  return sections.filter((s) => s.cards.length > 0 || s.elsewhere);
}

/** «7 dirigidas a este territorio… y 6 de alcance nacional», leaving out a part that is zero. */
export function offerParts(aimed: number, national: number): string {
  const parts = [
    aimed > 0 ? t('territory.aimedPart', { n: aimed }) : '',
    national > 0 ? t('territory.nationalPart', { n: national }) : '',
  ].filter(Boolean);
  return parts.length === 2 ? t('territory.bothParts', { aimed: parts[0]!, national: parts[1]! }) : (parts[0] ?? '');
}

export interface OfferEntry {
  id: string;
  data: { title: string; summary: string; entity: { id: string }; territorialFocus: Focus };
}

/** What an offer's line says after its title, in a territory's lists: who offers it and how far it reaches. */
export function offerMeta(o: OfferEntry, entityName: (ref: { id: string }) => string): string[] {
  return [
    entityName(o.data.entity),
    `${label('offers', 'territorialFocus.scope')}: ${optionLabel('offers', 'territorialFocus.scope', o.data.territorialFocus.scope)}`,
    // Whom it is meant for: a department's reader, or a municipality whose profile is unknown, still sees it.
    meantFor(o.data.territorialFocus),
  ].filter(Boolean);
}

/** An offer's card in a territory's lists. */
export function offerCard(
  o: OfferEntry,
  territoryName: (ref: { id: string }) => string,
  entityName: (ref: { id: string }) => string,
): Card {
  return toCard(
    'offers',
    { id: o.id, data: { ...o.data, territories: o.data.territorialFocus.territories } },
    territoryName,
    offerMeta(o, entityName),
  );
}

/** A phase's name inside a sentence: «las ofertas de rendición de cuentas». */
export const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase('es') + name.slice(1);

/** A territory's own list of the offers of one phase aimed at it: `/territorio/27001-quibdo/ciclo/planeacion/`. */
export const territoryPhaseHref = (territoryPageHref: string, phaseId: string) =>
  `${territoryPageHref}${entryHref('phases', phaseId).slice(1)}`;
