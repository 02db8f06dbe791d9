/**
 * Calendars of training events: the names their entries refer to are read here, once, and the
 * published events for the calendar of every jornada.
 */
import { published, taxonomies } from '../../core/content.ts';
import { buildDay } from '../../core/today.ts';
import { type CalendarEntry, eventsToCalendar } from './event-feed.ts';

/** The calendar of some events (a single jornada's download passes its own entry and title). */
export async function eventsCalendar(events: CalendarEntry[], site: URL, name?: string): Promise<string> {
  const tax = await taxonomies();
  const names = {
    territory: (id: string) => tax.term('territories', { id }).name,
    entity: (ref: { id: string }) => tax.term('entities', ref).name,
  };
  return eventsToCalendar(events, site, names, buildDay(), name);
}

/** Every published jornada, as a calendar a trainer can subscribe to. */
export async function loadEventsCalendar(site: URL): Promise<string> {
  return eventsCalendar(await published('events'), site);
}
