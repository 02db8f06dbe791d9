/**
 * Related content, computed at build time: a lunr index (Spanish stemmer, stop words and the
 * opt-in accent folding of lunr-languages) over title, summary, themes and the opening of the body; each entry's
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
/**
 * How many (term, entry) postings one entry's query may visit. Scoring every entry that shares
 * a common word made the cost grow with the square of the corpus (300 s for 10,000 entries);
 * the rarest shared words say most about what two entries have in common, so each query takes
 * its terms rarest first until this budget is spent, and the cost grows linearly.
 */
const POSTINGS_PER_QUERY = 600;

/**
 * The opening of a body says what it is about; title, summary and themes, boosted, say more.
 * Indexing whole bodies made the index of 10,000 entries a third larger in memory (about 230 MB)
 * without finding better neighbours (the build builds it in a child process: related-process.ts).
 */
const BODY_CHARS = 600;

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
    for (const doc of docs) this.add({ ...doc, themes: doc.themes.join(' '), body: doc.body.slice(0, BODY_CHARS) });
  });
}

/** Up to `limit` other entries most like each entry, best first. */
export function relatedEntries(
  docs: readonly RelatedDoc[],
  limit = 5,
  index = spanishIndex(docs),
): Map<string, string[]> {
  const match = likenessMatcher(index);
  const related = new Map<string, string[]>();
  for (const doc of docs) {
    const hits = match([doc.title, doc.themes.join(' '), doc.summary].join(' '));
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

/**
 * The entries of an index most like a text, best first, with lunr's scores: the text's first
 * `maxWords` words go through the search pipeline, and the terms are taken rarest first within
 * the postings budget, so one call costs about the same whatever the corpus. Used for each
 * entry's neighbours (relatedEntries) and for what a place works on (the territory feature's
 * «prácticas de municipios como este»), on the one index built per build.
 */
export function likenessMatcher(index: lunr.Index) {
  const inverted = (index as unknown as { invertedIndex: Record<string, Record<string, Record<string, unknown>>> })
    .invertedIndex;
  const searchPipeline = (index as unknown as { pipeline: lunr.Pipeline }).pipeline;
  const frequency = new Map<string, number>();
  const entriesWith = (term: string) => {
    let n = frequency.get(term);
    if (n === undefined) {
      const refs = new Set<string>();
      for (const [field, postings] of Object.entries(inverted[term] ?? {}))
        if (field !== '_index') Object.keys(postings).forEach((r) => refs.add(r));
      frequency.set(term, (n = refs.size));
    }
    return n;
  };
  /**
   * `indexed`: the text is an indexed entry's own, so a term only one entry has is that entry's
   * and cannot lead to another one. A text from outside the index (a place's needs) may find
   * the one entry that shares its rarest word.
   */
  return (text: string, { maxWords = MAX_QUERY_WORDS, indexed = true } = {}): lunr.Index.Result[] => {
    const words_ = [...new Set(words(text))].slice(0, maxWords);
    // Run the search pipeline (stop words, accent folding, stemmer) once, here, to weigh each term.
    const all = [...new Set(words_.flatMap((w) => searchPipeline.runString(w)))]
      .filter((t) => entriesWith(t) > (indexed ? 1 : 0))
      .sort((a, b) => entriesWith(a) - entriesWith(b));
    // The rarest term always counts, so a text made only of common words still finds neighbours.
    const terms: string[] = [];
    let spent = 0;
    for (const term of all) {
      spent += entriesWith(term);
      if (terms.length > 0 && spent > POSTINGS_PER_QUERY) break;
      terms.push(term);
    }
    // lunr treats a query without terms as «everything but nothing» and scores the whole corpus.
    if (terms.length === 0) return [];
    return index.query((q) => {
      for (const term of terms) q.term(term, { usePipeline: false });
    });
  };
}
