/**
 * Warns editors about practices or offers that are probably the same one told twice, so the
 * catalogue stays clean. A warning, not an error: two similar entries may both be right. Read on
 * the entries as written, valid or not, so an entry with other errors gets the warning in the
 * same run rather than on the next one.
 */
import { nearDuplicates } from './text-similarity.ts';
import { problems } from './problems.ts';
import type { ContentRule } from './content-rule.ts';

const compared = ['practices', 'offers'] as const;

const words = (value: unknown) => (typeof value === 'string' ? value : '');

export const nearDuplicateRule: ContentRule = ({ raw }) =>
  compared.flatMap((collection) => {
    const entries = raw.filter((e) => e.collection === collection);
    const docs = entries.map((e) => {
      const data = (e.data && typeof e.data === 'object' ? e.data : {}) as { title?: unknown; summary?: unknown };
      return { key: e.file, text: [words(data.title), words(data.summary), e.body].join(' ') };
    });
    return nearDuplicates(docs).map((pair) => problems.nearDuplicate(pair.a, pair.b, pair.score));
  });
