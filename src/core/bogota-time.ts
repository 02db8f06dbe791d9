/**
 * Colombia keeps UTC−5 all year (no daylight saving since 1993), so a local date and time
 * written by an editor maps to one instant without a time-zone database.
 */
export const BOGOTA_TZ = 'America/Bogota';
const OFFSET_HOURS = 5;

/** `2026-12-03 08:30`: how editors write an event's local start and end. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/;

/** The instant of a local Bogotá date-time, or undefined when the text is not a real one. */
export function bogotaInstant(local: string): Date | undefined {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return undefined;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59) return undefined;
  const instant = new Date(Date.UTC(y, mo - 1, d, h + OFFSET_HOURS, mi));
  // Date.UTC rolls 31 February over into March; a rolled date is a typo, not a date.
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d) return undefined;
  return instant;
}

/** The Bogotá calendar day an instant falls on, as a day at midnight UTC (how content dates are kept). */
export function bogotaDay(instant: Date): Date {
  const local = new Date(instant.getTime() - OFFSET_HOURS * 3_600_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}
