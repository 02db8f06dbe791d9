// Every published training event, as a calendar a trainer can subscribe to.
import type { APIRoute } from 'astro';
import { published } from '../../lib/site-content.ts';
import { calendarResponse, eventsCalendar } from '../../lib/event-feed.ts';

export const GET: APIRoute = async ({ site }) =>
  calendarResponse(await eventsCalendar(await published('events'), site ?? new URL('http://localhost/')), 'jornadas.ics');
