/**
 * Related practices, lessons and offers for the pages that show them, computed once per
 * build from the published entries (src/features/related/related.ts does the matching). A
 * loader: the page loaders of practices, lessons and offers call it and hand the cards to
 * RelatedContent.astro.
 */
import { toCard, type Card } from '../../core/cards.ts';
import { likenessMatcher, relatedEntries, spanishIndex, type RelatedDoc } from './related.ts';
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
  // One index per build, for the related cards and for the likeness of a place's work (likeEntries).
  const index = spanishIndex(docs);
  return { related: relatedEntries(docs, 5, index), cards, match: likenessMatcher(index) };
});

/** Cards of the entries most like this one (at most five). */
export async function relatedCards(collection: Relatable, id: string): Promise<Card[]> {
  const { related, cards } = await compute();
  return (related.get(`${collection}/${id}`) ?? []).map((key) => cards.get(key)!);
}

/** A query from outside the index is allowed more words: a place's needs and practices together. */
const TEXT_QUERY_WORDS = 48;

/**
 * The practices, lessons and offers most like a text, best first, as `collection/id` with
 * lunr's score, on the index the related cards use (no second index is built). The territory
 * feature ranks «prácticas de municipios como este» with it by what the place works on.
 */
export async function likeEntries(text: string): Promise<{ key: string; score: number }[]> {
  const { match } = await compute();
  return match(text, { maxWords: TEXT_QUERY_WORDS, indexed: false }).map((h) => ({ key: h.ref, score: h.score }));
}
