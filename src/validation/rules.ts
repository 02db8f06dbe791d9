/**
 * Checks over the whole content tree that go beyond one entry. Each rule sees every entry
 * (as written and, when valid, as parsed) and returns the problems it finds; `npm run check`
 * and the build run them all, after each entry's own verdict (entry.ts).
 */
import type { RawEntry } from './load.ts';
import type { Problem } from './problems.ts';
import type { ValidEntry } from './entry.ts';
import { nearDuplicateRule } from './near-duplicates.ts';

export interface RuleContext {
  /** Project root; entry files are relative to it. */
  root: string;
  /** Every entry that could be read, valid or not, with data as written. */
  raw: RawEntry[];
  /** Entries that passed their schema, with parsed data. */
  valid: ValidEntry[];
}

export type ContentRule = (context: RuleContext) => Problem[];

/**
 * Rules that need the whole tree register here (near-duplicates…). A rule about one entry
 * alone belongs in entry.ts instead, so the CMS gives its verdict before saving too.
 */
export const contentRules: ContentRule[] = [nearDuplicateRule];
