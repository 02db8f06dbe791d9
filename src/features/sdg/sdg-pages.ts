/**
 * The goal pages: for each of the 17 Sustainable Development Goals, everything aligned with it,
 * by kind, as summary sections whose cards say which of the goal's targets the entry names.
 * Pure: load-sdg-pages.ts gives it the goals and the published entries.
 */
import { collections } from '../../schemas/index.ts';
import { toCard } from '../../core/cards.ts';
import type { SummarySection } from '../../core/summary-sections.ts';
import { goalOfTarget } from '../../schemas/sdg.ts';
import { t } from '../../i18n/index.ts';

/** The collections that may name goals, in the order a goal page lists them. */
export const ALIGNED = [
  { collection: 'practices', more: 'summary.more.practices', count: 'list.practices' },
  { collection: 'lessons', more: 'summary.more.lessons', count: 'list.lessons' },
  { collection: 'offers', more: 'summary.more.offers', count: 'list.offers' },
  { collection: 'agendas', more: 'summary.more.agendas', count: 'list.agendas' },
  { collection: 'plans', more: 'summary.more.plans', count: 'list.plans' },
  { collection: 'needs', more: 'summary.more.needs', count: 'list.needs' },
] as const;

export type AlignedCollection = (typeof ALIGNED)[number]['collection'];

export interface AlignedEntry {
  id: string;
  data: {
    title: string;
    summary: string;
    territories?: { id: string }[];
    /** Both default to empty lists in the schema. */
    sdg?: { id: string }[];
    sdgTargets?: string[];
  };
}

export interface Goal {
  id: string;
  name: string;
  targets: string[];
}

/** Goals by number (their ids are their numbers). */
export const goalOrder = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id);

/** The targets of one goal an entry names, in the goal's own order. */
export const targetsOfGoal = (entry: AlignedEntry, goal: Goal) =>
  goal.targets.filter((code) => (entry.data.sdgTargets ?? []).includes(code) && goalOfTarget(code) === goal.id);

const alignedWith = (entry: AlignedEntry, goalId: string) => (entry.data.sdg ?? []).some((r) => r.id === goalId);

/** Each goal with its sections (kinds with at least one entry aligned with it) and its count of entries. */
export function goalSummaries(
  goals: Goal[],
  entries: Record<AlignedCollection, AlignedEntry[]>,
  territoryName: (ref: { id: string }) => string,
) {
  return [...goals].sort(goalOrder).map((goal) => {
    const groups: SummarySection[] = ALIGNED.map((a) => ({
      slug: (collections[a.collection] as { route: string }).route,
      title: collections[a.collection].label,
      cards: entries[a.collection]
        .filter((e) => alignedWith(e, goal.id))
        .map((e) => {
          const targets = targetsOfGoal(e, goal);
          return toCard(
            a.collection,
            e,
            territoryName,
            targets.length ? [t('sdg.cardTargets', { targets: targets.join(', ') })] : [],
          );
        }),
      more: a.more,
      count: a.count,
    })).filter((g) => g.cards.length > 0);
    return { goal, groups, total: groups.reduce((n, g) => n + g.cards.length, 0) };
  });
}
