/** How an event's time reads on a page: in Colombian time, without repeating the day when it is one day. */
import { formatBogotaDateTime, formatBogotaTime } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
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

/** `2026-12-03T08:00:00-05:00`, for <time datetime>. */
export const isoBogota = (local: string) => `${local.replace(' ', 'T')}:00-05:00`;
