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
  /**
   * Long text: shown as a text area to editors and to readers as basic Markdown (paragraphs,
   * lists, emphasis, links: src/render/markdown.ts), on the pages and in the CMS preview.
   */
  /** File types an image field accepts (lowercase, no dot): the editing server lets the media folder hold only these. */
  extensions?: readonly string[];
  multiline?: true;
  /** Calendar date without time of day. */
  date?: true;
  /** Kept out of public pages and open data (editorial bookkeeping). */
  internal?: true;
  /**
   * A mobile number the entity declares as its own public line (an alcaldía's WhatsApp for
   * citizens): the personal-data check accepts it, in the field and elsewhere in the entry.
   */
  institutionalLine?: true;
  /**
   * Optional in the shape, required in some cases by a refinement of its object (territories
   * for a departmental scope, the reviewer of a validated practice). Editors must not read
   * «(opcional)» next to it; the hint says when it is needed. `test/unit/cms-conditional.test.ts`
   * finds, in the content, every field a refinement requires and fails when one lacks this.
   */
  conditional?: true;
  /**
   * Free text published as aggregate figures (a service evaluation's questions and requests):
   * the personal-data check also refuses names of people there (src/validation/person-names.ts).
   */
  noPersonNames?: true;
}

declare module 'zod' {
  // zod's documented way to type .meta(): augmenting its GlobalMeta interface, which only an
  // interface declaration can do.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
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
    case 'pipe': {
      // A reference is union → transform: its input side says what editors write. A
      // preprocess (a date) is transform → type: there the output side says it.
      const input = def.in as z.ZodType | undefined;
      const inputType = input && (input as unknown as { _zod: { def: { type: string } } })._zod.def.type;
      return inputType === 'transform' ? (def.out as z.ZodType) : input;
    }
    default:
      return undefined;
  }
}
