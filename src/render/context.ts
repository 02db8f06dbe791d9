/**
 * What the shared render functions need from outside, as plain data or small functions, so the
 * same code runs in Astro (fed from the content layer and the schemas) and in the CMS preview
 * (fed from JSON the admin page embeds or fetches, derived from the same schemas at build time).
 * Nothing here imports zod, the schemas or Astro: the admin bundle stays small. The schemas'
 * types are imported as types only (erased), so a misspelt field path still fails the typecheck.
 */
import type { CollectionName } from '../schemas/context.ts';
import type { FieldPath } from '../schemas/types.ts';

/** A field path of a collection; for an allowlisted MDX component (`Recuadro`), one of its props. */
export type ScopePath<S extends string> = S extends CollectionName ? FieldPath<S> : string;

/** Field labels and option words, by collection (or allowlisted component) and dotted path. */
export interface Words {
  label<C extends CollectionName>(scope: C, path: FieldPath<C>): string;
  option<S extends string>(scope: S, path: ScopePath<S>, value: string): string;
  /** «Buena práctica», «Buenas prácticas» and the body's heading of a collection. */
  collection(name: string): { label: string; labelSingular: string; bodyLabel: string };
  /** Whether the schema marks the field as long text (`multiline`), which readers get as basic Markdown. */
  longText<C extends CollectionName>(scope: C, path: FieldPath<C>): boolean;
}

export interface TermLink {
  name: string;
  href?: string;
}

export interface RenderContext {
  words: Words;
  /** A taxonomy term (or course) by id; undefined when it does not exist (yet). */
  term(taxonomy: string, id: string): TermLink | undefined;
  /** Bytes of a file served by the site, when known. */
  sizeOf?(href: string): number | undefined;
}

/** A reference as the content layer gives it (`{ id }`) or as the CMS holds it (the id). */
export type Ref = string | { id: string };
export const idOf = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);

/** A calendar day as the content layer gives it (a Date) or as the CMS holds it (`2025-09-15`). */
export type Day = Date | string;
export function toDate(day: Day | undefined | null): Date | undefined {
  if (day === undefined || day === null || day === '') return undefined;
  if (day instanceof Date) return Number.isNaN(day.getTime()) ? undefined : day;
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00Z` : day);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** Terms for a list of references; an id not (yet) known shows as itself rather than vanishing. */
export const termsOf = (ctx: RenderContext, taxonomy: string, refs: Ref[] | undefined): TermLink[] =>
  (refs ?? []).filter(Boolean).map((ref) => ctx.term(taxonomy, idOf(ref)) ?? { name: idOf(ref) });

export const nameOf = (ctx: RenderContext, taxonomy: string, ref: Ref | undefined) =>
  ref ? (ctx.term(taxonomy, idOf(ref))?.name ?? idOf(ref)) : undefined;

/** Words as data: what the admin page embeds so the preview reads the schema's labels. */
export interface WordTable {
  labels: Record<string, string>;
  options: Record<string, Record<string, string>>;
  collections: Record<string, { label: string; labelSingular: string; bodyLabel: string }>;
  /** `scope.path` of every long text field. */
  longText?: string[];
}

export function wordsFromTable(table: WordTable): Words {
  return {
    label: (scope, path) => table.labels[`${scope}.${path}`] ?? path,
    option: (scope, path, value) => table.options[`${scope}.${path}`]?.[value] ?? value,
    collection: (name) => table.collections[name] ?? { label: name, labelSingular: name, bodyLabel: '' },
    longText: (scope, path) => table.longText?.includes(`${scope}.${path}`) ?? false,
  };
}
