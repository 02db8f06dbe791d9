/**
 * Related practices, lessons and offers for the pages that show them, computed once per
 * build from the published entries (src/features/related/related.ts does the matching). A
 * loader: the page loaders of practices, lessons and offers call it and hand the cards to
 * RelatedContent.astro.
 */
import { toCard, type Card } from '../../core/cards.ts';
import { likenessMatcher, spanishIndex, type RelatedDoc } from './related.ts';
import { relatedInChildProcess } from './related-process.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { entryBody, published, taxonomies } from '../../core/content.ts';

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
        body: entryBody(entry),
      });
      cards.set(key, toCard(collection, { id: entry.id, data }, tax.nameOf('territories')));
    }
  }
  // In a process of its own: its index would set the size of this build's heap (related-process.ts).
  return { related: await relatedInChildProcess(docs, 5), cards };
});

/**
 * The practices alone, by title, theme names and summary, for the likeness of a text from
 * outside the index (likeEntries). Territory and need pages query it until the build ends, so
 * it is kept small: without bodies, at 10,000 entries it is a fraction of the related cards'
 * index, which kept alive for the whole build raised the build's peak memory by ~200 MB.
 */
const practiceMatcher = oncePerBuild(async function practiceMatcher() {
  const tax = await taxonomies();
  const docs: RelatedDoc[] = (await published('practices')).map((entry) => ({
    key: `practices/${entry.id}`,
    title: entry.data.title,
    summary: entry.data.summary,
    themes: tax.terms('themes', entry.data.themes).map((t) => t.name),
    body: '',
  }));
  return likenessMatcher(spanishIndex(docs));
});

/** Cards of the entries most like this one (at most five). */
export async function relatedCards(collection: Relatable, id: string): Promise<Card[]> {
  const { related, cards } = await compute();
  return (related.get(`${collection}/${id}`) ?? []).map((key) => cards.get(key)!);
}

/** A query from outside the index is allowed more words: a place's needs and practices together. */
const TEXT_QUERY_WORDS = 48;

/**
 * The practices most like a text, best first, as `practices/<id>` with lunr's score. The
 * territory feature ranks «prácticas de municipios como este» with it by what the place works
 * on, the demand feature the practices on a similar need.
 */
export async function likeEntries(text: string): Promise<{ key: string; score: number }[]> {
  const match = await practiceMatcher();
  return match(text, { maxWords: TEXT_QUERY_WORDS, indexed: false }).map((h) => ({ key: h.ref, score: h.score }));
}
