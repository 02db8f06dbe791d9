/** Builds the iCalendar text of some events, for the feed and for each event's download. */
import { type CollectionEntry } from 'astro:content';
import { t } from '../../i18n/index.ts';
import { toCalendarEvent } from './event-calendar.ts';
import { toICalendar } from './icalendar.ts';
import { taxonomies } from '../../core/content.ts';
import { buildDay } from '../../core/today.ts';
import { entryHref } from '../../core/urls.ts';

export async function eventsCalendar(events: CollectionEntry<'events'>[], site: URL, name = t('events.calendarName')): Promise<string> {
  const tax = await taxonomies();
  return toICalendar({
    name,
    stamp: buildDay(),
    events: events.map((e) =>
      toCalendarEvent(e, {
        site,
        pageHref: (id) => entryHref('events', id),
        placeName: (id) => tax.term('territories', { id }).name,
        organiserName: tax.term('entities', e.data.organiser).name,
        registerWords: t('events.register'),
      }),
    ),
  });
}

export const calendarResponse = (body: string, filename: string) =>
  new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` } });
