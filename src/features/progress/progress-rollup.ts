/**
 * Monitoring roll-ups over work plans (Actividad 4): operational figures (meetings held,
 * territorial entities reached, participants, value groups served, offers deployed) and
 * strategic progress (indicators reached, on track, behind), for one plan, an agenda, a
 * department or the whole network. Pure: pages pass plain plan data and the build day.
 */
import { type Measured, type Standing, standing } from './indicator-progress.ts';
import { type MilestoneStatus, type Scheduled, milestoneStatus } from './milestone-status.ts';
import { withinDepartment } from '../../core/places.ts';

interface Ref {
  id: string;
}

export interface Commitment {
  description: string;
  responsible: string;
  due: Date;
  status: string;
}

export interface PlanLike {
  valueGroup: Ref;
  territories: Ref[];
  agenda?: Ref;
  offers: Ref[];
  startsOn: Date;
  endsOn: Date;
  milestones: (Scheduled & { subMilestones: Scheduled[] })[];
  indicators: (Measured & { kind: string; measuredOn: Date })[];
  meetings: { date: Date; participants: { count: number }[]; commitments: Commitment[] }[];
}

export interface Progress {
  plans: number;
  meetingsHeld: number;
  territoriesReached: number;
  participants: number;
  valueGroupsServed: number;
  offersDeployed: number;
  milestones: Record<MilestoneStatus, number>;
  strategicIndicators: Record<Standing, number>;
  openCommitments: number;
}

/** The status value that closes a commitment (schemas/agendas.ts `commitmentStatus`). */
export const CLOSED_COMMITMENT = 'cumplido';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Meetings up to the build day: a meeting scheduled later has not been held. */
export const meetingsHeld = <M extends { date: Date }>(plan: { meetings: M[] }, today: Date) =>
  plan.meetings.filter((m) => dayOf(m.date) <= dayOf(today));

/** Commitments not yet fulfilled, soonest due first, each with the meeting that agreed it. */
export function openCommitments<C extends Commitment>(plan: { meetings: { date: Date; commitments: C[] }[] }) {
  return plan.meetings
    .flatMap((meeting) =>
      meeting.commitments.filter((c) => c.status !== CLOSED_COMMITMENT).map((c) => ({ ...c, agreedOn: meeting.date })),
    )
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}

/** Standing of each strategic indicator, against the plan's own calendar. */
export const indicatorStandings = (plan: PlanLike) =>
  plan.indicators.map((i) => ({ indicator: i, standing: standing(i, { start: plan.startsOn, end: plan.endsOn }) }));

const distinct = (ids: string[]) => new Set(ids).size;

export function rollUp(plans: PlanLike[], today: Date): Progress {
  const milestones: Record<MilestoneStatus, number> = { done: 0, inProgress: 0, late: 0, notStarted: 0 };
  const strategicIndicators: Record<Standing, number> = { reached: 0, onTrack: 0, behind: 0 };
  let participants = 0;
  let meetings = 0;
  let open = 0;
  for (const plan of plans) {
    for (const m of plan.milestones) milestones[milestoneStatus(m, today)] += 1;
    for (const { indicator, standing: s } of indicatorStandings(plan))
      if (indicator.kind === 'estrategico') strategicIndicators[s] += 1;
    const held = meetingsHeld(plan, today);
    meetings += held.length;
    participants += held.reduce((sum, m) => sum + m.participants.reduce((n, p) => n + p.count, 0), 0);
    open += openCommitments(plan).length;
  }
  return {
    plans: plans.length,
    meetingsHeld: meetings,
    territoriesReached: distinct(plans.flatMap((p) => p.territories.map((t) => t.id))),
    participants,
    valueGroupsServed: distinct(plans.map((p) => p.valueGroup.id)),
    offersDeployed: distinct(plans.flatMap((p) => p.offers.map((o) => o.id))),
    milestones,
    strategicIndicators,
    openCommitments: open,
  };
}

export const isOfAgenda = (plan: Pick<PlanLike, 'agenda'>, agendaId: string) => plan.agenda?.id === agendaId;
export const isInDepartment = (plan: Pick<PlanLike, 'territories'>, departmentCode: string) =>
  withinDepartment(plan.territories, departmentCode);

export const plansOfAgenda = <P extends PlanLike>(plans: P[], agendaId: string) =>
  plans.filter((p) => isOfAgenda(p, agendaId));
export const plansInDepartment = <P extends PlanLike>(plans: P[], departmentCode: string) =>
  plans.filter((p) => isInDepartment(p, departmentCode));

/** Department codes where some plan works, in code order. */
export const departmentsWithPlans = (plans: PlanLike[]) =>
  [...new Set(plans.flatMap((p) => p.territories.map((t) => t.id.slice(0, 2))))].sort();
