/**
 * Warns editors about practices or offers that are probably the same one told twice, so the
 * catalogue stays clean. A warning, not an error: two similar entries may both be right.
 */
import { nearDuplicates } from '../lib/near-duplicates.ts';
import { problems } from './problems.ts';
import type { ContentRule } from './rules.ts';

const compared = ['practices', 'offers'] as const;

export const nearDuplicateRule: ContentRule = ({ valid }) =>
  compared.flatMap((collection) => {
    const entries = valid.filter((e) => e.collection === collection);
    const docs = entries.map((e) => {
      const data = e.data as { title?: string; summary?: string };
      return { key: e.file, text: [data.title, data.summary, e.body].join(' ') };
    });
    return nearDuplicates(docs).map((pair) => problems.nearDuplicate(pair.a, pair.b, pair.score));
  });
