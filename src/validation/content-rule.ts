/**
 * The shape of a check over the whole content tree. A module of its own so a rule's file and
 * the registry of rules (`rules.ts`) both import it, instead of each rule importing the registry
 * that imports it back.
 */
import type { ValidEntry } from './entry.ts';
import type { RawEntry } from './load.ts';
import type { Problem } from './problems.ts';

export interface RuleContext {
  /** Project root; entry files are relative to it. */
  root: string;
  /** Every entry that could be read, valid or not, with data as written. */
  raw: RawEntry[];
  /** Entries that passed their schema, with parsed data. */
  valid: ValidEntry[];
}

export type ContentRule = (context: RuleContext) => Problem[];
