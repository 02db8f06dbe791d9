/** Where each thing lives on the site. Route segments come from the collection registry. */
import { collections, type CollectionName } from '../schemas/index.ts';
import { territorySlug } from './territories.ts';

export const home = '/';
export const aboutHref = '/acerca/';
export const searchHref = '/buscar/';

export function collectionHref(collection: CollectionName): string {
  const route = (collections[collection] as { route?: string }).route;
  if (!route) throw new Error(`La colección ${collection} no tiene páginas propias`);
  return `/${route}/`;
}

export const entryHref = (collection: CollectionName, id: string) => `${collectionHref(collection)}${id}/`;

export const moduleHref = (courseId: string, order: number) => `${collectionHref('courses')}${courseId}/modulo-${order}/`;

export const territoryHref = (t: { code: string; name: string }) => `${collectionHref('territories')}${territorySlug(t)}/`;
