/**
 * How far a need has been answered, computed at build from the entries that name it, so no
 * editor has to keep it up to date: no offer names it (`sin-oferta`), an offer answers it
 * (`con-oferta`), an agreed agenda names it (`en-agenda`), a work plan names it (`en-plan`),
 * and that plan is finished (`plan-finalizado`). Each step counts only what has happened by the
 * build day: an agenda signed later, or a plan not yet finished, does not move the need.
 */
import { milestoneStatus, type Scheduled } from '../progress/index.ts';

import { needAnswerStatuses } from '../../schemas/needs.ts';

/** The statuses in the order a need goes through them (declared with the need's schema, for the open data). */
export const needStatuses = needAnswerStatuses;
export type NeedStatus = (typeof needStatuses)[number];

type Ref = { id: string };

export interface AnsweringOffer {
  id: string;
  needs: readonly Ref[];
}
export interface AnsweringAgenda {
  id: string;
  needs: readonly Ref[];
  signedOn: Date;
}
export interface AnsweringPlan {
  id: string;
  needs: readonly Ref[];
  endsOn: Date;
  milestones: readonly Scheduled[];
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const names = (entry: { needs: readonly Ref[] }, needId: string) => entry.needs.some((n) => n.id === needId);

/** An agenda is agreed from the day it is signed. */
export const isAgreed = (agenda: Pick<AnsweringAgenda, 'signedOn'>, today: Date) => day(agenda.signedOn) <= day(today);

/** A plan is finished when every milestone is done (progress's own reading of a milestone). */
export const isPlanFinished = (plan: Pick<AnsweringPlan, 'milestones'>, today: Date) =>
  plan.milestones.length > 0 && plan.milestones.every((m) => milestoneStatus(m, today) === 'done');

export interface NeedAnswers<O, A, P> {
  offers: O[];
  agendas: A[];
  plans: P[];
}

/** The offers, agendas and plans that name a need. */
export function answersOf<O extends AnsweringOffer, A extends AnsweringAgenda, P extends AnsweringPlan>(
  needId: string,
  all: NeedAnswers<O, A, P>,
): NeedAnswers<O, A, P> {
  return {
    offers: all.offers.filter((o) => names(o, needId)),
    agendas: all.agendas.filter((a) => names(a, needId)),
    plans: all.plans.filter((p) => names(p, needId)),
  };
}

/** The furthest step the need has reached, from the entries that name it. */
export function needStatus(
  answers: NeedAnswers<AnsweringOffer, AnsweringAgenda, AnsweringPlan>,
  today: Date,
): NeedStatus {
  if (answers.plans.some((p) => isPlanFinished(p, today))) return 'plan-finalizado';
  if (answers.plans.length > 0) return 'en-plan';
  if (answers.agendas.some((a) => isAgreed(a, today))) return 'en-agenda';
  if (answers.offers.length > 0) return 'con-oferta';
  return 'sin-oferta';
}
