/**
 * The service's figures as pages print them (es-CO numbers, pesos, «42,5 %»): one list of rows
 * for the plan page, the offer page and the dashboards, so the three cannot word or round a figure
 * differently, and the chart descriptions that say in words what the charts draw.
 */
import { formatDate, formatNumber, formatPesos, formatShortDate } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { labelsOf } from '../../derive/labels.ts';
import { SATISFACTION_LEVELS, satisfactionNames } from '../../schemas/service-evaluation.ts';
import { percentText } from './percent-text.ts';
import {
  type CostLike,
  type EvaluationLike,
  type EvaluationRow,
  type ServiceFigures,
  type ServicePlanLike,
  costRows,
  evaluationRows,
  serviceFigures,
} from './service-figures.ts';

export interface FigureRow {
  /** Stable name of the figure (`data-figure`), for tests and styles. */
  key: string;
  label: string;
  text: string;
}

const L = labelsOf('plans');

const orDash = <T>(value: T | undefined, format: (v: T) => string) =>
  value === undefined ? t('service.none') : format(value);

/**
 * A set of plans as one row of a comparison table (the plans deploying an offer, the
 * departments on /avance/), worded and rounded as the figure tables are.
 */
export const serviceRowTexts = (f: ServiceFigures) => ({
  evaluations: formatNumber(f.evaluations),
  satisfied: orDash(f.satisfiedPercent, percentText),
  mean: orDash(f.mean, formatNumber),
  cost: f.plansCosted === 0 ? t('service.none') : formatPesos(f.totalCost),
  costPerTerritory: orDash(f.costPerTerritory, formatPesos),
});

/** «Mesa del 22 de enero de 2026» or «Del 1 de febrero al 30 de abril de 2026». */
export const evaluationWhen = (e: { from: Date; to: Date; singleDay: boolean }) =>
  e.singleDay
    ? t('service.meetingOn', { date: formatDate(e.from) })
    : t('service.periodFromTo', { start: formatDate(e.from), end: formatDate(e.to) });

/** The satisfaction rows: only when some evaluation exists (pages say so plainly otherwise). */
export function satisfactionRows(f: ServiceFigures): FigureRow[] {
  if (f.evaluations === 0) return [];
  // Over several plans, how many were evaluated: the figures speak for those only.
  const plansEvaluated =
    f.plans > 1
      ? [
          {
            key: 'plansEvaluated',
            label: t('service.plansEvaluated'),
            text: t('service.ofTotal', { n: formatNumber(f.plansEvaluated), total: formatNumber(f.plans) }),
          },
        ]
      : [];
  return [
    ...plansEvaluated,
    { key: 'evaluations', label: t('service.evaluations'), text: formatNumber(f.evaluations) },
    { key: 'asked', label: L('evaluations.asked'), text: formatNumber(f.asked) },
    { key: 'answered', label: L('evaluations.answered'), text: formatNumber(f.answered) },
    { key: 'responseRate', label: t('service.responseRate'), text: orDash(f.responsePercent, percentText) },
    { key: 'satisfied', label: t('service.satisfiedLong'), text: orDash(f.satisfiedPercent, percentText) },
    { key: 'mean', label: t('service.mean'), text: orDash(f.mean, formatNumber) },
  ];
}

/** The cost rows: only when some plan declares a cost. */
export function costFigureRows(f: ServiceFigures): FigureRow[] {
  if (f.plansCosted === 0) return [];
  return [
    { key: 'totalCost', label: t('service.totalCost'), text: formatPesos(f.totalCost) },
    ...(f.costFrom && f.costTo
      ? [
          {
            key: 'costPeriod',
            label: t('service.costPeriod'),
            text: t('service.periodFromTo', { start: formatDate(f.costFrom), end: formatDate(f.costTo) }),
          },
        ]
      : []),
    { key: 'costPerTerritory', label: t('service.costPerTerritory'), text: orDash(f.costPerTerritory, formatPesos) },
    {
      key: 'costPerParticipant',
      label: t('service.costPerParticipant'),
      text: orDash(f.costPerParticipant, formatPesos),
    },
  ];
}

export function adviserRows(f: ServiceFigures): FigureRow[] {
  if (f.advisers === 0) return [];
  return [
    { key: 'advisers', label: L('advisers'), text: formatNumber(f.advisers) },
    { key: 'adviserEntities', label: t('service.adviserEntities'), text: formatNumber(f.adviserEntities) },
  ];
}

/** The answers of each level of the scale, worst to best, for the chart and its table. */
export const levelRows = (f: ServiceFigures) =>
  SATISFACTION_LEVELS.map((level) => ({ key: level, label: satisfactionNames[level], value: f.counts[level] }));

/** What a set of plans shows: its figures and the printed rows. */
export interface ServiceSummary {
  figures: ServiceFigures;
  satisfaction: FigureRow[];
  costs: FigureRow[];
  advisers: FigureRow[];
  /** How the cost per entity and per participant were divided, in words. */
  costBasis?: string;
  levels: { key: string; label: string; value: number }[];
}

export function serviceSummary(plans: readonly ServicePlanLike[], today: Date): ServiceSummary {
  const figures = serviceFigures(plans, today);
  return {
    figures,
    satisfaction: satisfactionRows(figures),
    costs: costFigureRows(figures),
    advisers: adviserRows(figures),
    ...(figures.plansCosted > 0
      ? {
          costBasis: t('service.costBasis', {
            territories: formatNumber(figures.territoriesCosted),
            participants: formatNumber(figures.participantsCosted),
          }),
        }
      : {}),
    levels: levelRows(figures),
  };
}

export interface EvaluationLine extends EvaluationRow {
  when: string;
  /** «11/03/2026» or «01/07/2026 a 31/10/2026»: the table's row header, narrow enough for a phone. */
  whenShort: string;
}

const whenShort = (e: { from: Date; to: Date; singleDay: boolean }) =>
  e.singleDay
    ? formatShortDate(e.from)
    : t('service.periodShort', { start: formatShortDate(e.from), end: formatShortDate(e.to) });

/** A plan's own service section: the summary, each evaluation over time, its costs and advisers. */
export interface PlanService extends ServiceSummary {
  evaluations: EvaluationLine[];
  /** The over-time chart in words, for readers who cannot see it. */
  overTimeDescription: string;
  costLines: (CostLike & { amountText: string; when: string; whenShort: string })[];
  adviserLines: { name: string; count: number }[];
}

export function planService(
  plan: ServicePlanLike & { evaluations: EvaluationLike[] },
  today: Date,
  entityName: (id: string) => string,
): PlanService {
  const evaluations = evaluationRows(plan.evaluations).map((e) => ({
    ...e,
    when: evaluationWhen(e),
    whenShort: whenShort(e),
  }));
  return {
    ...serviceSummary([plan], today),
    evaluations,
    overTimeDescription: t('service.overTimeDesc', {
      details: evaluations.map((e) => `${e.when}: ${orDash(e.satisfiedPercent, percentText)}`).join('; '),
    }),
    costLines: costRows(plan.costs).map((c) => ({
      ...c,
      amountText: formatPesos(c.amount),
      when: c.from && c.to ? t('service.periodFromTo', { start: formatDate(c.from), end: formatDate(c.to) }) : '',
      whenShort:
        c.from && c.to ? t('service.periodShort', { start: formatShortDate(c.from), end: formatShortDate(c.to) }) : '',
    })),
    adviserLines: plan.advisers.map((a) => ({ name: entityName(a.entity.id), count: a.count })),
  };
}
