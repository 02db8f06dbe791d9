// One training event as a file calendar apps open with «add to calendar».
import type { APIRoute, GetStaticPaths } from 'astro';
import {
  calendarResponse,
  eventCalendarPaths,
  loadEventCalendar,
  type EventCalendarProps,
} from '../../../features/training/index.ts';

export const getStaticPaths = (() => eventCalendarPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { body, filename } = await loadEventCalendar(props as EventCalendarProps, site ?? new URL('http://localhost/'));
  return calendarResponse(body, filename);
};
