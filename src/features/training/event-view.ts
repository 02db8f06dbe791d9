/** How an event's time reads on a page: in Colombian time, without repeating the day when it is one day. */
import { formatBogotaDateTime, formatBogotaTime } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { eventTimes, type Timed } from './events.ts';

const sameBogotaDay = (a: Date, b: Date) => {
  const day = (d: Date) => new Date(d.getTime() - 5 * 3600_000).toISOString().slice(0, 10);
  return day(a) === day(b);
};

export function whenText(e: Timed): string {
  const { start, end } = eventTimes(e);
  const endText = sameBogotaDay(start, end) ? formatBogotaTime(end) : formatBogotaDateTime(end);
  return `${t('events.range', { start: formatBogotaDateTime(start), end: endText })} (${t('events.timeZone')})`;
}

/**
 * Parts of a place read as one line: «Auditorio…, Centro de Quibdó; la Gobernación confirma la
 * sala…, Quibdó». An editor's part may end a sentence; its full stop goes, or the line would read
 * «inscritas., Quibdó».
 */
export const placeLine = (parts: (string | undefined)[]): string =>
  parts
    .map((p) => p?.trim().replace(/[.;,:]+$/, ''))
    .filter(Boolean)
    .join(', ');

/**
 * A sentence that ends with a full stop once: a date that ends in «p. m.» already has one
 * («Inscripciones hasta el 30 de noviembre de 2026, 5:00 p. m.», not «…p. m..»).
 */
export const sentence = (text: string): string => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** `2026-12-03T08:00:00-05:00`, for <time datetime>. */
export const isoBogota = (local: string) => `${local.replace(' ', 'T')}:00-05:00`;
