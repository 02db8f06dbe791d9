/**
 * Related practices, lessons and offers for the pages that show them, computed once per
 * build from the published entries (src/features/related/related.ts does the matching). A
 * loader: the page loaders of practices, lessons and offers call it and hand the cards to
 * RelatedContent.astro.
 */
import { toCard, type Card } from '../../core/cards.ts';
import { relatedEntries, type RelatedDoc } from './related.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { published, taxonomies } from '../../core/content.ts';

const relatable = ['practices', 'lessons', 'offers'] as const;
export type Relatable = (typeof relatable)[number];

const compute = oncePerBuild(async function compute() {
  const tax = await taxonomies();
  const docs: RelatedDoc[] = [];
  const cards = new Map<string, Card>();
  for (const collection of relatable) {
    for (const entry of await published(collection)) {
      const data = entry.data as {
        title: string;
        summary: string;
        themes: { id: string }[];
        territories?: { id: string }[];
      };
      const key = `${collection}/${entry.id}`;
      docs.push({
        key,
        title: data.title,
        summary: data.summary,
        themes: tax.terms('themes', data.themes).map((t) => t.name),
        body: entry.body ?? '',
      });
      cards.set(key, toCard(collection, { id: entry.id, data }, tax.nameOf('territories')));
    }
  }
  return { related: relatedEntries(docs), cards };
});

/** Cards of the entries most like this one (at most five). */
export async function relatedCards(collection: Relatable, id: string): Promise<Card[]> {
  const { related, cards } = await compute();
  return (related.get(`${collection}/${id}`) ?? []).map((key) => cards.get(key)!);
}
