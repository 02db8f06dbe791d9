/**
 * Theme and phase pages: everything classified under one term, by collection, as summary
 * sections. Pure: load-term-page.ts gives it the terms and the published entries.
 */
import { collections } from '../../schemas/index.ts';
import { toCard } from '../../core/cards.ts';
import type { SummarySection } from '../../core/summary-sections.ts';
import { entryHref } from '../../core/urls.ts';
import { t } from '../../i18n/index.ts';

/** The national offers of a phase have a list of their own, which every territory page links to. */
export const nationalOfPhase = (phaseId: string) => `${entryHref('phases', phaseId)}oferta-nacional/`;

export type Classifier = 'themes' | 'phases';

/** The collections a term page lists, in this order. */
export const LISTED = [
  { collection: 'practices', more: 'summary.more.practices', count: 'list.practices' },
  { collection: 'lessons', more: 'summary.more.lessons', count: 'list.lessons' },
  { collection: 'offers', more: 'summary.more.offers', count: 'list.offers' },
  { collection: 'courses', more: 'summary.more.courses', count: 'list.courses' },
  { collection: 'agendas', more: 'summary.more.agendas', count: 'list.agendas' },
] as const;

export type ListedCollection = (typeof LISTED)[number]['collection'];

export interface ClassifiedEntry {
  id: string;
  data: { title: string; summary: string; territories?: { id: string }[] };
}

export interface TermLike {
  id: string;
  name: string;
  order?: unknown;
  description?: unknown;
}

/** Terms in their order, then by name. */
export const termOrder = (a: TermLike, b: TermLike) =>
  Number(a.order ?? 0) - Number(b.order ?? 0) || a.name.localeCompare(b.name, 'es');

const classifiedAs = (e: ClassifiedEntry, classifier: Classifier, termId: string) =>
  ((e.data as Record<string, unknown>)[classifier] as { id: string }[] | undefined)?.some((r) => r.id === termId) ??
  false;

/** Each term with its sections (collections with at least one entry under it) and its count of entries. */
export function termSummaries<T extends TermLike>(
  classifier: Classifier,
  terms: T[],
  entries: Record<ListedCollection, ClassifiedEntry[]>,
  territoryName: (ref: { id: string }) => string,
) {
  return [...terms].sort(termOrder).map((term) => {
    const groups: SummarySection[] = LISTED.map((l) => ({
      slug: (collections[l.collection] as { route: string }).route,
      title: collections[l.collection].label,
      cards: entries[l.collection]
        .filter((e) => classifiedAs(e, classifier, term.id))
        .map((e) => toCard(l.collection, e, territoryName)),
      more: l.more,
      count: l.count,
      elsewhere:
        classifier === 'phases' && l.collection === 'offers' ? nationalLink(entries.offers, term.id) : undefined,
    })).filter((g) => g.cards.length > 0);
    return { term, groups, total: groups.reduce((n, g) => n + g.cards.length, 0) };
  });
}

function nationalLink(offers: ClassifiedEntry[], phaseId: string) {
  const n = offers.filter((o) => {
    const d = o.data as unknown as { phases: { id: string }[]; territorialFocus: { scope: string } };
    return d.territorialFocus.scope === 'nacional' && d.phases.some((p) => p.id === phaseId);
  }).length;
  return n > 0 ? { text: t('phase.nationalOffers', { n }), href: nationalOfPhase(phaseId) } : undefined;
}
