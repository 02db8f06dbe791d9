/**
 * The page of a training event (/formacion/jornadas/<id>/) and its calendar file (<id>.ics):
 * when and where in Colombian time, the course it teaches, how to register.
 */
import type { CollectionEntry } from 'astro:content';
import { bogotaInstant } from '../../core/bogota-time.ts';
import { published, taxonomies } from '../../core/content.ts';
import { entryHref, eventIcsHref } from '../../core/urls.ts';
import { optionLabel, labelsOf } from '../../derive/labels.ts';
import { formatBogotaDateTime } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import type { Fact } from '../../render/parts.ts';
import { entryBase, type EntryPageBase } from '../entries/index.ts';
import { eventsCalendar } from './load-event-calendar.ts';
import { isoBogota, placeLine, sentence, whenText } from './event-view.ts';

type Event = CollectionEntry<'events'>;

export interface EventPage extends EntryPageBase {
  /** The status's label, only when the event is not simply «programada». */
  status?: string;
  startsIso: string;
  when: string;
  facts: Fact[];
  /** «Inscripciones hasta …», when registration closes. */
  registerBy?: string;
  registration: { channel: string; email?: string };
  online?: string;
  icsHref: string;
}

export const eventPagePaths = async () => {
  const courses = await published('courses');
  return (await published('events')).map((entry) => ({
    params: { id: entry.id },
    props: { entry, course: courses.find((c) => c.id === entry.data.course.id) },
  }));
};

export async function loadEventPage({
  entry,
  course,
}: {
  entry: Event;
  course?: CollectionEntry<'courses'>;
}): Promise<EventPage> {
  const d = entry.data;
  const tax = await taxonomies();
  const L = labelsOf('events');
  const deadline = d.registration.deadline ? bogotaInstant(d.registration.deadline) : undefined;
  const where = d.place
    ? placeLine([d.place.venue, d.place.address, tax.term('territories', d.place.territory).name])
    : t('events.virtual');
  return {
    ...(await entryBase(entry)),
    ...(d.eventStatus !== 'programada' ? { status: optionLabel('events', 'eventStatus', d.eventStatus) } : {}),
    startsIso: isoBogota(d.starts),
    when: whenText(entry),
    facts: [
      { label: t('events.where'), text: where },
      { label: L('course'), terms: course ? [{ name: course.data.title, href: entryHref('courses', course.id) }] : [] },
      { label: L('organiser'), text: tax.term('entities', d.organiser).name },
      { label: L('eventStatus'), text: optionLabel('events', 'eventStatus', d.eventStatus) },
    ],
    ...(deadline ? { registerBy: sentence(t('events.registerBy', { date: formatBogotaDateTime(deadline) })) } : {}),
    registration: { channel: d.registration.channel, ...(d.registration.email ? { email: d.registration.email } : {}) },
    ...(d.online ? { online: d.online } : {}),
    icsHref: eventIcsHref(entry.id),
  };
}

export const eventCalendarPaths = async () =>
  (await published('events')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

/** What eventCalendarPaths passes to the calendar endpoint of each event. */
export interface EventCalendarProps {
  entry: Event;
}

/** One event as a calendar file, named after the event. */
export async function loadEventCalendar(
  { entry }: EventCalendarProps,
  site: URL,
): Promise<{ body: string; filename: string }> {
  return { body: await eventsCalendar([entry], site, entry.data.title), filename: `${entry.id}.ics` };
}
