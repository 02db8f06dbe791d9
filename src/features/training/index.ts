/**
 * The training feature's entry point: what routes, templates and other features may use of it.
 * Anything not exported here is the feature's own business (the architecture test says so).
 */
export * from './course-archive.ts';
export * from './course-cards.ts';
export * from './course-downloads.ts';
export * from './course-facets.ts';
export * from './course-modules.ts';
export * from './course-names.ts';
export * from './event-calendar.ts';
export * from './event-feed.ts';
export * from './event-view.ts';
export * from './events.ts';
export * from './icalendar.ts';
export * from './zip-archive.ts';
export { default as CourseFilters } from './components/CourseFilters.astro';
export { default as EventList } from './components/EventList.astro';
export { default as Materials } from './components/Materials.astro';
export { default as PrintButton } from './components/PrintButton.astro';
