/**
 * What the search island asks Pagefind for, and how it marks matches. Spanish is full of short
 * words («de», «la», «y») that every page holds: passed to Pagefind they find nothing a reader
 * wants, pull each snippet towards the densest run of them and get highlighted all over it.
 * The words a reader typed stay in the box and the address; only the question to the index
 * leaves them out. Imported by the island: no dictionary, nothing large.
 */

/** Articles, prepositions, conjunctions, pronouns and the commonest verb forms, without accents. */
const STOP_WORDS = new Set(
  'a al ante bajo cabe como con contra cual cuando de del desde donde durante e el ella ellas ello ellos en entre es esa esas ese eso esos esta estas este esto estos fue fueron ha han hacia hasta hay la las le les lo los mas me mediante mi mis muy ni nos o os para pero por que se segun ser si sin sobre son su sus te tras tu tus u un una unas uno unos y ya yo'.split(
    ' ',
  ),
);

/** Lower case without accents, as Pagefind compares words. */
const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a word of the page or the query is one of the words no search is about (punctuation around it ignored). */
export const isStopWord = (word: string) => STOP_WORDS.has(fold(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')));

/**
 * The query for Pagefind: the reader's words without stop words. A quoted phrase is an exact
 * search and goes as typed; a query of stop words only («de la») too, so it still finds something.
 */
export function searchTerms(query: string): string {
  const q = query.trim();
  if (/^".+"$/.test(q)) return q;
  const words = q.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !isStopWord(w));
  return kept.length > 0 ? kept.join(' ') : q;
}

/** Pagefind's excerpt with the marks around stop words removed (an exact phrase still matches them). */
export const unmarkStopWords = (excerpt: string) =>
  excerpt.replace(/<mark>([^<]*)<\/mark>/g, (marked, word: string) => (isStopWord(word) ? word : marked));

/**
 * The snippet a result shows: Pagefind's excerpt (escaped text and <mark>s) without marks on stop
 * words, with «…» where it cuts a sentence, so a snippet that starts mid-sentence says so.
 */
export function snippetHtml(excerpt: string): string {
  const text = unmarkStopWords(excerpt.trim());
  if (!text) return text;
  const plain = text.replace(/<\/?mark>/g, '');
  const opens = /^\p{Ll}/u.test(plain) ? '… ' : '';
  const closes = /[.!?:»")]$/.test(plain) ? '' : ' …';
  return `${opens}${text}${closes}`;
}
