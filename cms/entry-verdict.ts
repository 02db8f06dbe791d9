/**
 * The browser half of the check before saving (cms/validation.ts): the text Decap would write
 * for an entry, judged by the check's own one-entry verdict (src/validation/entry.ts). A chunk
 * of its own, loaded after the editor has started: the schemas, zod and the MDX parser do not
 * weigh on the admin's first load.
 */
import { type CollectionName, collections } from '../src/schemas/index.ts';
import {
  contextFromPublished,
  type EntryContext,
  MISSING_FIELD,
  type PublishedContext,
  validateEntryText,
} from '../src/validation/entry.ts';
import { isError, type Problem } from '../src/validation/problems.ts';
import { mdxPreserving, yamlPreserving } from './format/preserve.ts';

export { contextFromPublished, MISSING_FIELD };
export type { EntryContext, PublishedContext };

/** The file name a new entry is checked under: Decap names it only when it writes it. */
const NEW_ENTRY = 'entrada-nueva';

/** An Immutable.js map as Decap hands them out: only what is read here. */
export interface ImmutableLike {
  get(key: string, fallback?: unknown): unknown;
  toJS(): unknown;
}

export interface Verdict {
  errors: Problem[];
  /** Errors by form field: the path up to the first list index (`results[1].baseline` → `results`). */
  byField: Map<string, Problem[]>;
}

export const fieldKey = (problem: Problem) => problem.field.replace(/\[\d+\][\s\S]*$/, '');

export const isCollection = (name: unknown): name is CollectionName => typeof name === 'string' && name in collections;

/** The text Decap would write for this entry (its formats are the project's), and where. */
export function fileOf(collection: CollectionName, entry: ImmutableLike): { file: string; text: string } {
  const { folder, format } = collections[collection];
  const values = ((entry.get('data') as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, unknown>;
  const text = (format === 'mdx' ? mdxPreserving : yamlPreserving).toFile(values);
  const path = entry.get('path');
  if (!entry.get('newRecord') && typeof path === 'string' && path) return { file: path, text };
  // Territories are named by their code; other new entries by a slug Decap makes from the title.
  const name = collection === 'territories' ? String(values.code ?? NEW_ENTRY) : NEW_ENTRY;
  return { file: `content/${folder}/${name}.${format === 'mdx' ? 'mdx' : 'yaml'}`, text };
}

export function verdictOf(collection: CollectionName, entry: ImmutableLike, context: EntryContext): Verdict {
  const { file, text } = fileOf(collection, entry);
  const errors = validateEntryText(collection, file, text, context).problems.filter(isError);
  const byField = new Map<string, Problem[]>();
  for (const p of errors) byField.set(fieldKey(p), [...(byField.get(fieldKey(p)) ?? []), p]);
  return { errors, byField };
}
