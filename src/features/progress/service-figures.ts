/**
 * The service's evaluation in figures (Actividad 4: «realice la evaluación de la prestación del
 * servicio… tomando como referencia los costos asociados, número de entidades y asesores»): for
 * one plan, each evaluation's satisfaction over time; for any set of plans (the plans deploying
 * an offer, a department's, the network's), answers summed on the scale, share satisfied, mean,
 * cost, cost per territorial entity reached and per participant. Pure: plain plan data and the
 * build day come in, numbers go out; pages format them.
 *
 * Costs are divided only over the plans that declare a cost, so a plan without one does not make
 * the others look cheaper. Participants are those of the meetings held up to the build day, as in
 * the operational figures (progress-rollup.ts): a person at three meetings counts three times.
 */
import { SATISFACTION_LEVELS, SATISFIED_LEVELS, type SatisfactionLevel } from '../../schemas/service-evaluation.ts';
import { meetingsHeld } from './progress-rollup.ts';

interface Ref {
  id: string;
}

export interface EvaluationLike {
  from: Date;
  to: Date;
  asked: number;
  answered: number;
  ratings: { level: SatisfactionLevel; count: number }[];
  questions: string[];
  deepen: string[];
}

export interface CostLike {
  amount: number;
  from?: Date;
  to?: Date;
  covered: string;
}

export interface ServicePlanLike {
  territories: Ref[];
  meetings: { date: Date; participants: { count: number }[] }[];
  evaluations: EvaluationLike[];
  advisers: { entity: Ref; count: number }[];
  costs: CostLike[];
}

export type LevelCounts = Record<SatisfactionLevel, number>;

export interface Satisfaction {
  asked: number;
  answered: number;
  counts: LevelCounts;
  /** 0–100, one decimal; undefined when nobody answered. */
  responsePercent?: number;
  /** 0–100, one decimal: «Satisfecho» and «Muy satisfecho» over the answers. */
  satisfiedPercent?: number;
  /** 1 (muy insatisfecho) to 5 (muy satisfecho), two decimals. */
  mean?: number;
}

export interface EvaluationRow extends Satisfaction {
  from: Date;
  to: Date;
  /** One meeting (a single day) or a period. */
  singleDay: boolean;
  questions: string[];
  deepen: string[];
}

export interface ServiceFigures extends Satisfaction {
  plans: number;
  plansEvaluated: number;
  evaluations: number;
  /** Sum of the advisers assigned, and from how many entities. */
  advisers: number;
  adviserEntities: number;
  plansCosted: number;
  totalCost: number;
  /** Earliest and latest day the costs cover. */
  costFrom?: Date;
  costTo?: Date;
  /** Territorial entities and participants of the plans that declare a cost. */
  territoriesCosted: number;
  participantsCosted: number;
  costPerTerritory?: number;
  costPerParticipant?: number;
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : undefined);
const twoDecimals = (x: number) => Math.round(x * 100) / 100;
const emptyCounts = (): LevelCounts => Object.fromEntries(SATISFACTION_LEVELS.map((l) => [l, 0])) as LevelCounts;

/** The satisfaction of a set of evaluations, their answers summed level by level. */
export function satisfaction(
  evaluations: readonly Omit<EvaluationLike, 'from' | 'to' | 'questions' | 'deepen'>[],
): Satisfaction {
  const counts = emptyCounts();
  let asked = 0;
  let answered = 0;
  for (const e of evaluations) {
    asked += e.asked;
    answered += e.answered;
    for (const r of e.ratings) counts[r.level] += r.count;
  }
  const rated = SATISFACTION_LEVELS.reduce((n, l) => n + counts[l], 0);
  const satisfied = SATISFIED_LEVELS.reduce((n, l) => n + counts[l], 0);
  const points = SATISFACTION_LEVELS.reduce((n, l, i) => n + counts[l] * (i + 1), 0);
  const responsePercent = percent(answered, asked);
  const satisfiedPercent = percent(satisfied, rated);
  return {
    asked,
    answered,
    counts,
    ...(responsePercent === undefined ? {} : { responsePercent }),
    ...(satisfiedPercent === undefined ? {} : { satisfiedPercent }),
    ...(rated > 0 ? { mean: twoDecimals(points / rated) } : {}),
  };
}

const sameDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

/** A plan's evaluations in time order (earliest period first), each with its satisfaction. */
export const evaluationRows = (evaluations: readonly EvaluationLike[]): EvaluationRow[] =>
  [...evaluations]
    .sort((a, b) => a.from.getTime() - b.from.getTime() || a.to.getTime() - b.to.getTime())
    .map((e) => ({
      ...satisfaction([e]),
      from: e.from,
      to: e.to,
      singleDay: sameDay(e.from, e.to),
      questions: e.questions,
      deepen: e.deepen,
    }));

const participantsOf = (plan: ServicePlanLike, today: Date) =>
  meetingsHeld(plan, today).reduce((sum, m) => sum + m.participants.reduce((n, p) => n + p.count, 0), 0);

const dayBound = (dates: Date[], pick: (a: number, b: number) => number) =>
  dates.length === 0 ? undefined : new Date(dates.map((d) => d.getTime()).reduce((a, b) => pick(a, b)));

/** The service's figures over a set of plans, as of the build day. */
export function serviceFigures(plans: readonly ServicePlanLike[], today: Date): ServiceFigures {
  const costed = plans.filter((p) => p.costs.length > 0);
  const totalCost = costed.reduce((sum, p) => sum + p.costs.reduce((n, c) => n + c.amount, 0), 0);
  const territoriesCosted = new Set(costed.flatMap((p) => p.territories.map((t) => t.id))).size;
  const participantsCosted = costed.reduce((sum, p) => sum + participantsOf(p, today), 0);
  const costDays = costed.flatMap((p) => p.costs.flatMap((c) => [c.from, c.to])).filter((d): d is Date => !!d);
  const costFrom = dayBound(costDays, Math.min);
  const costTo = dayBound(costDays, Math.max);
  return {
    ...satisfaction(plans.flatMap((p) => p.evaluations)),
    plans: plans.length,
    plansEvaluated: plans.filter((p) => p.evaluations.length > 0).length,
    evaluations: plans.reduce((n, p) => n + p.evaluations.length, 0),
    advisers: plans.reduce((n, p) => n + p.advisers.reduce((m, a) => m + a.count, 0), 0),
    adviserEntities: new Set(plans.flatMap((p) => p.advisers.map((a) => a.entity.id))).size,
    plansCosted: costed.length,
    totalCost,
    ...(costFrom ? { costFrom } : {}),
    ...(costTo ? { costTo } : {}),
    territoriesCosted,
    participantsCosted,
    ...(territoriesCosted > 0 ? { costPerTerritory: Math.round(totalCost / territoriesCosted) } : {}),
    ...(participantsCosted > 0 ? { costPerParticipant: Math.round(totalCost / participantsCosted) } : {}),
  };
}

/** Whether there is anything to show: an evaluation, a cost or an adviser. */
export const hasService = (f: ServiceFigures) => f.evaluations > 0 || f.plansCosted > 0 || f.advisers > 0;

/** A plan's costs in time order, earliest period first. */
export const costRows = <C extends CostLike>(costs: readonly C[]) =>
  [...costs].sort((a, b) => (a.from?.getTime() ?? 0) - (b.from?.getTime() ?? 0));
