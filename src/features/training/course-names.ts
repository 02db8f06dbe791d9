/**
 * Names for anything a course refers to: taxonomy terms and the offers and agendas it serves.
 * Pure: the titles and the terms come from the loader (load-course-list.ts).
 */
import type { CollectionName } from '../../schemas/index.ts';

/**
 * @param titles published offers' and agendas' titles, keyed `offers/<id>`, `agendas/<id>`
 * @param termName a taxonomy term's name; undefined for a collection that is no taxonomy
 */
export function courseReferenceNames(
  titles: ReadonlyMap<string, string>,
  termName: (collection: CollectionName, id: string) => string | undefined,
): (collection: CollectionName, id: string) => string {
  return (collection, id) => {
    const title = titles.get(`${collection}/${id}`);
    if (title) return title;
    // A course may point at an offer or agenda still in draft: it has no page, only its id.
    return termName(collection, id) ?? id;
  };
}
