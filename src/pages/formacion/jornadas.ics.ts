// Every published training event, as a calendar a trainer can subscribe to.
import type { APIRoute } from 'astro';
import { published } from '../../core/content.ts';
import { calendarResponse, eventsCalendar } from '../../features/training/index.ts';

export const GET: APIRoute = async ({ site }) =>
  calendarResponse(await eventsCalendar(await published('events'), site ?? new URL('http://localhost/')), 'jornadas.ics');
