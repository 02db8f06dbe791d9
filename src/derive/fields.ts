/**
 * Reads a collection schema as a tree of described fields. Page labels, the CMS config,
 * open-data columns and error messages all walk this one description.
 */
import type { z } from 'zod';
import { type FieldMeta, innerOf, readMeta } from '../schemas/meta.ts';
import { buildError, SchemaNotAnObject, UnsupportedSchemaType } from '../core/errors/index.ts';

export type FieldKind = 'string' | 'number' | 'boolean' | 'date' | 'enum' | 'reference' | 'image' | 'object' | 'list';

export interface FieldInfo {
  key: string;
  kind: FieldKind;
  required: boolean;
  meta: FieldMeta;
  /** Enum values, in order. */
  values?: string[];
  /** Object fields. */
  fields?: FieldInfo[];
  /** List items. */
  item?: FieldInfo;
  schema: z.ZodType;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that make a value optional for the person who writes it. */
const OPTIONAL_WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable']);

/** The schema under optional/default/pipe wrappers, and whether a writer may leave it out. */
export function unwrap(schema: z.ZodType): { base: z.ZodType; required: boolean } {
  let base = schema;
  let required = true;
  for (let inner = innerOf(base); inner; inner = innerOf(base)) {
    if (OPTIONAL_WRAPPERS.has(defOf(base).type)) required = false;
    base = inner;
  }
  return { base, required };
}

export function describe(key: string, schema: z.ZodType): FieldInfo {
  const meta = readMeta(schema);
  const { base, required } = unwrap(schema);
  const def = defOf(base);
  const info = { key, required, meta, schema };
  if (meta.reference && def.type !== 'array') return { ...info, kind: 'reference' };
  if (meta.image) return { ...info, kind: 'image' };
  switch (def.type) {
    case 'string':
      return { ...info, kind: 'string' };
    case 'number':
    case 'int':
      return { ...info, kind: 'number' };
    case 'boolean':
      return { ...info, kind: 'boolean' };
    case 'date':
      return { ...info, kind: 'date' };
    case 'enum':
      return { ...info, kind: 'enum', values: Object.values(def.entries as Record<string, string>) };
    case 'object':
      return { ...info, kind: 'object', fields: describeObject(base) };
    case 'array': {
      const element = def.element as z.ZodType;
      const item = describe('', element);
      // A list of references carries the reference on the list itself.
      if (meta.reference) item.meta = { ...item.meta, reference: meta.reference };
      return { ...info, kind: 'list', item: meta.reference ? { ...item, kind: 'reference' } : item };
    }
    case 'union':
      // Astro's reference() accepts several input shapes; only references are unions here.
      return { ...info, kind: 'reference' };
    default:
      throw buildError(UnsupportedSchemaType, def.type, key);
  }
}

export function describeObject(schema: z.ZodType): FieldInfo[] {
  const { base } = unwrap(schema);
  const def = defOf(base);
  if (def.type !== 'object') throw buildError(SchemaNotAnObject, def.type);
  const shape = def.shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([key, field]) => describe(key, field));
}

/** The field a validation path points at (numbers step into lists). */
export function fieldAt(fields: FieldInfo[], path: readonly PropertyKey[]): FieldInfo[] {
  const trail: FieldInfo[] = [];
  let level: FieldInfo[] | undefined = fields;
  let current: FieldInfo | undefined;
  for (const step of path) {
    if (typeof step === 'number') {
      if (current?.kind === 'list' && current.item) {
        current = current.item;
        level = current.fields;
      }
      continue;
    }
    current = level?.find((f) => f.key === step);
    if (!current) break;
    trail.push(current);
    level = current.kind === 'list' ? current.item?.fields : current.fields;
  }
  return trail;
}
