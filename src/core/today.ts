/**
 * The day the site is built, which statuses are computed against. BUILD_DATE=YYYY-MM-DD
 * pins it, so a test or a reproducible build does not depend on the calendar.
 */
import { buildError, InvalidBuildDate } from './errors/index.ts';

export function buildDay(): Date {
  const pinned = process.env.BUILD_DATE;
  if (pinned) {
    const day = new Date(`${pinned}T00:00:00Z`);
    if (Number.isNaN(day.getTime())) throw buildError(InvalidBuildDate, pinned);
    return day;
  }
  return new Date();
}
