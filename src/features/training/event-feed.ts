/**
 * Builds the iCalendar text of some events, for the feed and for each event's download. Pure:
 * the names of places and organisers come from the loader (load-event-calendar.ts).
 */
import { t } from '../../i18n/index.ts';
import { type EventForCalendar, toCalendarEvent } from './event-calendar.ts';
import { toICalendar } from './icalendar.ts';
import { entryHref } from '../../core/urls.ts';

export type CalendarEntry = EventForCalendar & { data: { organiser: { id: string } } };

/** How a calendar names the territories and entities events refer to. */
export interface CalendarNames {
  territory: (id: string) => string;
  entity: (ref: { id: string }) => string;
}

export function eventsToCalendar(
  events: CalendarEntry[],
  site: URL,
  names: CalendarNames,
  stamp: Date,
  name = t('events.calendarName'),
): string {
  return toICalendar({
    name,
    stamp,
    events: events.map((e) =>
      toCalendarEvent(e, {
        site,
        pageHref: (id) => entryHref('events', id),
        placeName: names.territory,
        organiserName: names.entity(e.data.organiser),
        registerWords: t('events.register'),
      }),
    ),
  });
}

export const calendarResponse = (body: string, filename: string) =>
  new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  });
