/**
 * The jornadas pages: the upcoming ones and the most recent past ones on `/formacion/jornadas/`,
 * every past one paged on `/formacion/jornadas/realizadas/`. Events split at the build day.
 */
import type { Page, PaginateFunction } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { published, taxonomies } from '../../core/content.ts';
import { buildDay } from '../../core/today.ts';
import { PREVIEW_SIZE, pageInfo, pageTitle, pagedPaths } from '../../core/pagination.ts';
import { pastEventsHref } from '../../core/summary-sections.ts';
import { collectionHref } from '../../core/urls.ts';
import { collections } from '../../schemas/index.ts';
import { t } from '../../i18n/index.ts';
import { splitByTime } from './events.ts';
import { eventItems } from './event-items.ts';

/** Events as the lists show them, with their places and courses named. */
async function listed(events: CollectionEntry<'events'>[]) {
  const [tax, courses] = await Promise.all([taxonomies(), published('courses')]);
  const titles = new Map(courses.map((c) => [c.id, c.data.title]));
  return eventItems(events, tax.nameOf('territories'), (id: string) => titles.get(id) ?? id);
}

export async function loadEventsPage() {
  const { upcoming, past } = splitByTime(await published('events'), buildDay());
  return {
    upcoming: await listed(upcoming),
    /** Past events pile up year after year: the most recent here, all of them paged apart. */
    past: await listed(past.slice(0, PREVIEW_SIZE)),
    /** Where all past events are, when there are more than shown. */
    more:
      past.length > PREVIEW_SIZE
        ? { href: pastEventsHref(), text: t('summary.more.pastEvents', { n: past.length }) }
        : undefined,
  };
}

/** The pages of every past jornada, most recent first. */
export async function pastEventsPaths(paginate: PaginateFunction) {
  const { past } = splitByTime(await published('events'), buildDay());
  return pagedPaths(paginate, past, pastEventsHref());
}

export async function loadPastEventsPage(page: Page<CollectionEntry<'events'>>) {
  const info = pageInfo(page, pastEventsHref());
  const heading = t('events.past');
  return {
    title: pageTitle(heading, info),
    heading,
    lead: t('summary.pastEvents', { n: page.total }),
    trail: [
      { href: collectionHref('courses'), text: collections.courses.label },
      { href: collectionHref('events'), text: collections.events.label },
      ...(info.current > 1 ? [{ href: info.base, text: heading }] : []),
    ],
    events: await listed(page.data),
    page: info,
  };
}
