/**
 * What a field may carry besides its type. Everything a person reads about a field
 * (its label, its hint, the words for each option) lives here, next to the field,
 * so the CMS, the pages, the open-data columns and the JSON Schema all read the same words.
 */
import { z } from 'zod';

export interface FieldMeta {
  /** Spanish label shown to readers and editors. */
  label?: string;
  /** Spanish help text for editors: what to write, with an example when it helps. */
  hint?: string;
  /** Spanish words for each value of an enum, in the enum's order. */
  options?: Record<string, string>;
  /** The collection a reference field points to. */
  reference?: string;
  /** Marks a field holding an image path (resolved by Astro's image() at build time). */
  image?: true;
  /** File types an image field accepts (lowercase, no dot): the editing server lets the media folder hold only these. */
  extensions?: readonly string[];
  /** Long text: shown as a text area to editors and as paragraphs to readers. */
  multiline?: true;
  /** Calendar date without time of day. */
  date?: true;
  /** Kept out of public pages and open data (editorial bookkeeping). */
  internal?: true;
}

declare module 'zod' {
  interface GlobalMeta extends FieldMeta {}
}

/** Reads the metadata of a field, looking through optional/default/pipe wrappers. */
export function readMeta(schema: z.ZodType): FieldMeta {
  let current: z.ZodType | undefined = schema;
  const merged: FieldMeta = {};
  while (current) {
    const own = z.globalRegistry.get(current) as FieldMeta | undefined;
    if (own) {
      for (const [key, value] of Object.entries(own)) {
        if (!(key in merged)) (merged as Record<string, unknown>)[key] = value;
      }
    }
    current = innerOf(current);
  }
  return merged;
}

/** The schema a wrapper wraps, or undefined when it wraps nothing. */
export function innerOf(schema: z.ZodType): z.ZodType | undefined {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return def.innerType as z.ZodType;
    case 'pipe':
      // A reference is union → transform: its input side says what editors write.
      return (def.in as z.ZodType) ?? undefined;
    default:
      return undefined;
  }
}
