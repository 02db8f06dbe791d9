/** Training events in time: when each happens, and which are still to come on the build day. */
import { bogotaInstant } from '../../core/bogota-time.ts';
import { buildError, UnreadableEventDates } from '../../core/errors/index.ts';

export interface Timed {
  id: string;
  data: { starts: string; ends: string };
}

/** The instants of an event; its schema guarantees both parse, so a failure here is a bug. */
export function eventTimes(e: Timed): { start: Date; end: Date } {
  const start = bogotaInstant(e.data.starts);
  const end = bogotaInstant(e.data.ends);
  if (!start || !end) throw buildError(UnreadableEventDates, e.id);
  return { start, end };
}

/** Upcoming (soonest first) are those not yet ended at `now`; past ones, most recent first. */
export function splitByTime<E extends Timed>(events: E[], now: Date): { upcoming: E[]; past: E[] } {
  const byStart = [...events].sort((a, b) => eventTimes(a).start.getTime() - eventTimes(b).start.getTime());
  return {
    upcoming: byStart.filter((e) => eventTimes(e).end >= now),
    past: byStart.filter((e) => eventTimes(e).end < now).reverse(),
  };
}
