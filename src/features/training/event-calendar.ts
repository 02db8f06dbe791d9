/** A training event as a calendar entry: what a trainer's calendar app needs to show and update it. */
import { placeLine } from './event-view.ts';
import { eventTimes } from './events.ts';
import type { CalendarEvent } from './icalendar.ts';

export interface EventForCalendar {
  id: string;
  data: {
    title: string;
    summary: string;
    starts: string;
    ends: string;
    place?: { venue: string; address?: string; territory: { id: string } };
    online?: string;
    registration: { channel: string; email?: string };
    eventStatus: 'programada' | 'aplazada' | 'cancelada';
  };
}

export interface CalendarContext {
  /** The site's public address, for the UID and the link back to the event page. */
  site: URL;
  pageHref: (id: string) => string;
  placeName: (territoryId: string) => string;
  organiserName: string;
  /** Words for the registration line in the description. */
  registerWords: string;
}

const STATUS = { programada: 'CONFIRMED', aplazada: 'TENTATIVE', cancelada: 'CANCELLED' } as const;

export function toCalendarEvent(e: EventForCalendar, ctx: CalendarContext): CalendarEvent {
  const { start, end } = eventTimes(e);
  const d = e.data;
  const page = new URL(ctx.pageHref(e.id), ctx.site).href;
  const location = d.place
    ? placeLine([d.place.venue, d.place.address, ctx.placeName(d.place.territory.id)])
    : d.online;
  return {
    uid: `${e.id}@${ctx.site.hostname}`,
    start,
    end,
    summary: d.title,
    description: [
      d.summary,
      `${ctx.registerWords}: ${d.registration.channel}`,
      d.online && d.place ? d.online : '',
      page,
    ]
      .filter(Boolean)
      .join('\n\n'),
    location,
    url: page,
    status: STATUS[d.eventStatus],
    organizer: { name: ctx.organiserName, email: d.registration.email },
  };
}
