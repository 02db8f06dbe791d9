/** Names for anything a course refers to: taxonomy terms and the offers and agendas it serves. */
import type { CollectionName } from '../../schemas/index.ts';
import { published, type Taxonomies } from '../../core/content.ts';

export async function courseReferenceNames(tax: Taxonomies): Promise<(collection: CollectionName, id: string) => string> {
  const titles = new Map<string, string>();
  for (const collection of ['offers', 'agendas'] as const) {
    for (const e of await published(collection)) titles.set(`${collection}/${e.id}`, e.data.title);
  }
  return (collection, id) => {
    const title = titles.get(`${collection}/${id}`);
    if (title) return title;
    // A course may point at an offer or agenda still in draft: it has no page, only its id.
    if (!(collection in tax.all)) return id;
    return tax.term(collection as Parameters<Taxonomies['term']>[0], { id }).name;
  };
}
