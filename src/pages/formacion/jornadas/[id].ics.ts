// One training event as a file calendar apps open with «add to calendar».
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { published } from '../../../core/content.ts';
import { calendarResponse, eventsCalendar } from '../../../features/training/index.ts';

export const getStaticPaths = (async () => (await published('events')).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const entry = (props as { entry: CollectionEntry<'events'> }).entry;
  return calendarResponse(await eventsCalendar([entry], site ?? new URL('http://localhost/'), entry.data.title), `${entry.id}.ics`);
};
