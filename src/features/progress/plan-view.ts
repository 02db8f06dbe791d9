/**
 * What a plan page shows, computed from the plan and the build day: each milestone's
 * status, each indicator's progress and standing, the open commitments.
 */
import {
  type Direction,
  type Measured,
  type Standing,
  direction,
  elapsedShare,
  progressShare,
  standing,
} from './indicator-progress.ts';
import { type MilestoneStatus, type Scheduled, milestoneStatus } from './milestone-status.ts';
import { type Commitment, meetingsHeld, openCommitments } from './progress-rollup.ts';

type Milestone = Scheduled & { title: string; start: Date; due: Date; progress: number };
type Indicator = Measured & { name: string; kind: string; unit: string; measuredOn: Date };

type Meeting = { date: Date; participants: { role: string; count: number }[]; commitments: Commitment[] };

export interface PlanInput<M extends Meeting = Meeting> {
  startsOn: Date;
  endsOn: Date;
  milestones: (Milestone & { subMilestones: Milestone[] })[];
  indicators: Indicator[];
  meetings: M[];
}

export interface IndicatorRow extends Indicator {
  direction: Direction;
  /** 0–100, along the way from baseline to goal. */
  progressPercent: number;
  /** 0–100: share of the plan elapsed when it was measured. */
  expectedPercent: number;
  standing: Standing;
}

const percent = (share: number) => Math.round(share * 1000) / 10;

export function planView<M extends Meeting>(plan: PlanInput<M>, today: Date) {
  const period = { start: plan.startsOn, end: plan.endsOn };
  const withStatus = <M extends Milestone>(m: M): M & { status: MilestoneStatus } => ({
    ...m,
    status: milestoneStatus(m, today),
  });
  return {
    milestones: plan.milestones.map((m) => ({ ...withStatus(m), subMilestones: m.subMilestones.map(withStatus) })),
    indicators: plan.indicators.map((i): IndicatorRow => ({
      ...i,
      direction: direction(i),
      progressPercent: percent(progressShare(i)),
      expectedPercent: percent(elapsedShare(period.start, period.end, i.measuredOn)),
      standing: standing(i, period),
    })),
    meetings: plan.meetings.map((m) => ({ ...m, total: m.participants.reduce((sum, p) => sum + p.count, 0) })),
    meetingsHeld: meetingsHeld(plan, today).length,
    openCommitments: openCommitments(plan),
  };
}
