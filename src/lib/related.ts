/**
 * Related content, computed at build time: a lunr index (Spanish stemmer, stop words and the
 * opt-in accent folding of lunr-languages) over title, summary, themes and body; each entry's
 * own title, summary and themes are the query that finds its neighbours. Nothing of it is
 * shipped to the browser.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import spanish from 'lunr-languages/lunr.es.js';

stemmerSupport(lunr);
spanish(lunr);

export interface RelatedDoc {
  /** Unique across collections, e.g. `practices/recaudo-predial-moniquira`. */
  key: string;
  title: string;
  summary: string;
  themes: string[];
  body: string;
}

/** A query longer than this adds time, not better neighbours: the first words say what an entry is about. */
const MAX_QUERY_WORDS = 24;
const MIN_QUERY_TERMS = 4;

const words = (text: string) => text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];

export function spanishIndex(docs: readonly RelatedDoc[]) {
  return lunr(function () {
    this.use((lunr as unknown as { es: lunr.Builder.Plugin }).es);
    // Without folding, «educacion» typed (or written) without its accent misses «educación».
    const fold = (lunr as unknown as { es: { stemmer: lunr.PipelineFunction; accentFold: lunr.PipelineFunction } }).es;
    this.pipeline.before(fold.stemmer, fold.accentFold);
    this.searchPipeline.before(fold.stemmer, fold.accentFold);
    this.ref('key');
    this.field('title', { boost: 3 });
    this.field('themes', { boost: 2 });
    this.field('summary', { boost: 2 });
    this.field('body');
    for (const doc of docs) this.add({ ...doc, themes: doc.themes.join(' ') });
  });
}

/** Up to `limit` other entries most like each entry, best first. */
/**
 * A term found in more entries than this tells neighbours apart poorly and makes every query
 * score most of the corpus: the cost grew with the square of the entries (72 s for 2,000).
 */
const commonAbove = (entries: number) => Math.max(50, entries * 0.02);

export function relatedEntries(docs: readonly RelatedDoc[], limit = 5): Map<string, string[]> {
  const index = spanishIndex(docs);
  const inverted = (index as unknown as { invertedIndex: Record<string, Record<string, Record<string, unknown>>> }).invertedIndex;
  const searchPipeline = (index as unknown as { pipeline: lunr.Pipeline }).pipeline;
  const cap = commonAbove(docs.length);
  const frequency = new Map<string, number>();
  const entriesWith = (term: string) => {
    let n = frequency.get(term);
    if (n === undefined) {
      const refs = new Set<string>();
      for (const [field, postings] of Object.entries(inverted[term] ?? {})) if (field !== '_index') Object.keys(postings).forEach((r) => refs.add(r));
      frequency.set(term, (n = refs.size));
    }
    return n;
  };
  const related = new Map<string, string[]>();
  for (const doc of docs) {
    const words_ = [...new Set(words([doc.title, doc.themes.join(' '), doc.summary].join(' ')))].slice(0, MAX_QUERY_WORDS);
    // Run the search pipeline (stop words, accent folding, stemmer) once, here, to weigh each term.
    // A term only this entry has cannot lead to another one.
    const all = [...new Set(words_.flatMap((w) => searchPipeline.runString(w)))]
      .filter((t) => entriesWith(t) > 1)
      .sort((a, b) => entriesWith(a) - entriesWith(b));
    // An entry made only of common words still gets neighbours: from its few rarest terms.
    const terms = all.filter((t, i) => i < MIN_QUERY_TERMS || entriesWith(t) <= cap);
    const hits = index.query((q) => {
      for (const term of terms) q.term(term, { usePipeline: false });
    });
    related.set(
      doc.key,
      hits
        .filter((h) => h.ref !== doc.key)
        .slice(0, limit)
        .map((h) => h.ref),
    );
  }
  return related;
}
