/**
 * How far an indicator has gone from its baseline towards its goal. The goal may lie below
 * the baseline (reduce days of a procedure, reduce debt): progress is measured along the
 * direction from baseline to goal, so moving away from the goal is never counted as progress.
 */
export interface Measured {
  baseline: number;
  goal: number;
  current: number;
}

export type Direction = 'increase' | 'decrease' | 'maintain';

/** reached: the goal is met; onTrack: ahead of or at the pace the plan's calendar asks; behind: slower. */
export type Standing = 'reached' | 'onTrack' | 'behind';

export const direction = ({ baseline, goal }: Measured): Direction =>
  goal > baseline ? 'increase' : goal < baseline ? 'decrease' : 'maintain';

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Share of the way from baseline to goal, between 0 and 1. A goal equal to its baseline is met while current holds it. */
export function progressShare(m: Measured): number {
  if (m.goal === m.baseline) return m.current === m.goal ? 1 : 0;
  return clamp01((m.current - m.baseline) / (m.goal - m.baseline));
}

/** Share of a period elapsed on a day, between 0 and 1. */
export function elapsedShare(start: Date, end: Date, day: Date): number {
  const span = end.getTime() - start.getTime();
  if (span <= 0) return day >= end ? 1 : 0;
  return clamp01((day.getTime() - start.getTime()) / span);
}

/**
 * Compares progress with the share of the plan's period elapsed when the value was measured,
 * not on the build day: a value measured in May is judged against May's expected pace.
 */
export function standing(m: Measured & { measuredOn: Date }, period: { start: Date; end: Date }): Standing {
  const done = progressShare(m);
  if (done >= 1) return 'reached';
  return done >= elapsedShare(period.start, period.end, m.measuredOn) ? 'onTrack' : 'behind';
}
