/** Where each thing lives on the site. Route segments come from the collection registry. */
import { collections, type CollectionName } from '../schemas/index.ts';
import { territorySlug } from './places.ts';
import { buildError, CollectionWithoutPages } from './errors/index.ts';

export const home = '/';
export const aboutHref = '/acerca/';
export const searchHref = '/buscar/';

export function collectionHref(collection: CollectionName): string {
  const route = (collections[collection] as { route?: string }).route;
  if (!route) throw buildError(CollectionWithoutPages, collection);
  return `/${route}/`;
}

export const entryHref = (collection: CollectionName, id: string) => `${collectionHref(collection)}${id}/`;

export const moduleHref = (courseId: string, order: number) =>
  `${collectionHref('courses')}${courseId}/modulo-${order}/`;

/** The whole course on one page, for printing. */
export const printHref = (courseId: string) => `${collectionHref('courses')}${courseId}/imprimir/`;

/** Every material of a course in one ZIP, written by the build. */
export const courseArchiveHref = (courseId: string) => `${collectionHref('courses')}${courseId}/materiales.zip`;

/** iCalendar of one event, and of all of them. */
export const eventIcsHref = (id: string) => `${collectionHref('events')}${id}.ics`;
export const eventsFeedHref = () => `${collectionHref('events').replace(/\/$/, '')}.ics`;

export const territoryHref = (t: { code: string; name: string }) =>
  `${collectionHref('territories')}${territorySlug(t)}/`;

/** Progress dashboards (Actividad 4): the network, then one page per department. */
export const progressHref = '/avance/';
export const departmentProgressHref = (department: { code: string; name: string }) =>
  `${progressHref}${territorySlug(department)}/`;

/** «Cómo compartir una experiencia», the contributors' guide. */
export const contributorGuideHref = '/contribuir/';
/** The content manager (Decap CMS). */
export const adminHref = '/admin/';
