/**
 * Events as the lists of the site show them (EventList.astro): title, when in Colombian time,
 * where, the course they teach and their calendar file, worked out from the entries so the
 * component only draws. Pure: the page's loader passes the names it knows.
 */
import { entryHref, eventIcsHref } from '../../core/urls.ts';
import { optionLabel } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import { isoBogota, placeLine, whenText } from './event-view.ts';

export interface ListedEvent {
  id: string;
  data: {
    title: string;
    starts: string;
    ends: string;
    course: { id: string };
    place?: { venue: string; territory: { id: string } };
    online?: string;
    eventStatus: string;
  };
}

export interface EventItem {
  href: string;
  title: string;
  /** The course's title above the event's; absent where it would repeat the course (its own page). */
  kicker?: string;
  /** `<time datetime>` of the start. */
  startsIso: string;
  when: string;
  where: string;
  /** The status's label, only when the event is not simply «programada». */
  status?: string;
  icsHref: string;
}

/**
 * @param territoryName the name of a territory by its reference
 * @param courseTitle the course's title by id, for the kicker; left out on a course's own page
 */
export function eventItems(
  events: ListedEvent[],
  territoryName: (ref: { id: string }) => string,
  courseTitle?: (id: string) => string,
): EventItem[] {
  return events.map((e) => {
    const place = e.data.place;
    const line = place ? placeLine([place.venue, territoryName(place.territory)]) : '';
    const where = !place ? t('events.virtual') : e.data.online ? `${line} · ${t('events.alsoOnline')}` : line;
    return {
      href: entryHref('events', e.id),
      title: e.data.title,
      ...(courseTitle ? { kicker: courseTitle(e.data.course.id) } : {}),
      startsIso: isoBogota(e.data.starts),
      when: whenText(e),
      where,
      ...(e.data.eventStatus !== 'programada'
        ? { status: optionLabel('events', 'eventStatus', e.data.eventStatus) }
        : {}),
      icsHref: eventIcsHref(e.id),
    };
  });
}
