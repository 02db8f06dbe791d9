/**
 * Finds pairs of texts that probably tell the same thing twice: the Jaccard similarity of
 * their sets of content words (accents and case folded). Candidate pairs come from shared
 * uncommon words, so ten thousand entries do not mean fifty million comparisons.
 */
import { fold } from '../core/slug.ts';

export interface DuplicateCandidate {
  key: string;
  text: string;
}

export interface DuplicatePair {
  a: string;
  b: string;
  /** 0 to 1: the share of content words the two texts have in common. */
  score: number;
}

/** Words shorter than this are mostly articles and prepositions: they say nothing of the subject. */
const MIN_WORD = 4;
/** Pairs sharing fewer uncommon words than this are not worth scoring. */
const MIN_SHARED = 8;

export const contentWords = (text: string) =>
  new Set(
    fold(text)
      .split(' ')
      .filter((w) => w.length >= MIN_WORD),
  );

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export function nearDuplicates(docs: readonly DuplicateCandidate[], threshold = 0.5): DuplicatePair[] {
  const words = docs.map((d) => contentWords(d.text));
  const postings = new Map<string, number[]>();
  words.forEach((set, i) => set.forEach((w) => postings.set(w, [...(postings.get(w) ?? []), i])));
  // Words in many entries («municipio», «gestion») connect everything and tell nothing apart.
  const common = Math.max(20, docs.length * 0.02);
  const pairs: DuplicatePair[] = [];
  words.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const w of set) {
      const list = postings.get(w)!;
      if (list.length > common) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      if (n < MIN_SHARED) continue;
      const score = jaccard(set, words[j]!);
      if (score >= threshold) pairs.push({ a: docs[i]!.key, b: docs[j]!.key, score });
    }
  });
  return pairs.sort((x, y) => y.score - x.score);
}
