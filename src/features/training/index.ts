/**
 * The training feature's entry point: what routes, templates and other features may use of its
 * logic and loaders. Its components are imported from `components/` directly: a barrel that
 * re-exported them would make Astro bundle every component's styles into every page that
 * imports the barrel.
 */
export * from './course-archive.ts';
export * from './course-cards.ts';
export * from './load-course-downloads.ts';
export * from './course-facets.ts';
export * from './course-modules.ts';
export * from './course-names.ts';
export * from './event-calendar.ts';
export * from './event-feed.ts';
export * from './event-view.ts';
export * from './events.ts';
export * from './icalendar.ts';
export * from './zip-archive.ts';
export * from './event-items.ts';
export * from './load-course-page.ts';
export * from './load-event-page.ts';
export * from './load-module-page.ts';
export * from './course-list.ts';
export * from './load-course-list.ts';
export * from './load-event-calendar.ts';
export * from './load-events-page.ts';
