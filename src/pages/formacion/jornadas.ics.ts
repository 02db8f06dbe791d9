// Every published training event, as a calendar a trainer can subscribe to.
import type { APIRoute } from 'astro';
import { calendarResponse, loadEventsCalendar } from '../../features/training/index.ts';

export const GET: APIRoute = async ({ site }) =>
  calendarResponse(await loadEventsCalendar(site ?? new URL('http://localhost/')), 'jornadas.ics');
