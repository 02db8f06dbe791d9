/**
 * Checks over the whole content tree that go beyond one entry's schema. Each rule sees
 * every entry (as written and, when valid, as parsed) and returns the problems it finds;
 * `npm run check` and the build run them all.
 */
import type { RawEntry } from './load.ts';
import { personalDataRule } from './personal-data.ts';
import type { Problem } from './problems.ts';
import type { ValidEntry } from './validate.ts';
import { servedFilesExist } from './served-files.ts';
import { nearDuplicateRule } from './near-duplicates.ts';
import { mdxSafety } from './mdx-safety.ts';

export interface RuleContext {
  /** Project root; entry files are relative to it. */
  root: string;
  /** Every entry that could be read, valid or not, with data as written. */
  raw: RawEntry[];
  /** Entries that passed their schema, with parsed data. */
  valid: ValidEntry[];
}

export type ContentRule = (context: RuleContext) => Problem[];

/** Rules added by features (MDX safety, personal data, near-duplicates…) register here. */
export const contentRules: ContentRule[] = [servedFilesExist, personalDataRule(), nearDuplicateRule, mdxSafety];
