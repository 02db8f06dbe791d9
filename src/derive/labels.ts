/**
 * Field labels and option words for pages, read from the schemas. A page asks for
 * `label('practices', 'results.baseline')` instead of writing «Línea base» itself.
 */
import { type CollectionName, collections } from '../schemas/index.ts';
import { nodeContext } from '../schemas/node-context.ts';
import type { FieldPath } from '../schemas/types.ts';
import { type FieldInfo, describeObject } from './fields.ts';
import { buildError, FieldWithoutLabel, UnknownSchemaField } from '../core/errors/index.ts';

const cache = new Map<CollectionName, FieldInfo[]>();

export function fieldsOf(collection: CollectionName): FieldInfo[] {
  let fields = cache.get(collection);
  if (!fields) {
    fields = describeObject(collections[collection].schema(nodeContext));
    cache.set(collection, fields);
  }
  return fields;
}

/** The field at a dotted path; list items are stepped into transparently. */
export function field<C extends CollectionName>(collection: C, path: FieldPath<C>): FieldInfo {
  let level = fieldsOf(collection);
  let found: FieldInfo | undefined;
  for (const key of path.split('.')) {
    found = level.find((f) => f.key === key);
    if (!found) throw buildError(UnknownSchemaField, collection, path);
    const next: FieldInfo = found.kind === 'list' && found.item ? found.item : found;
    level = next.fields ?? [];
  }
  return found!;
}

export const label = <C extends CollectionName>(collection: C, path: FieldPath<C>) => {
  const words = field(collection, path).meta.label;
  if (!words) throw buildError(FieldWithoutLabel, collection, path);
  return words;
};

export const hint = <C extends CollectionName>(collection: C, path: FieldPath<C>) =>
  field(collection, path).meta.hint ?? '';

/** The Spanish word for an enum value (`maturity: buena-practica` → «Buena práctica»). */
export const optionLabel = <C extends CollectionName>(collection: C, path: FieldPath<C>, value: string) => {
  const f = field(collection, path);
  const options = f.meta.options ?? (f.kind === 'list' ? f.item?.meta.options : undefined);
  return options?.[value] ?? value;
};

/** The label lookup of one collection, for a page or view that names many of its fields. */
export const labelsOf =
  <C extends CollectionName>(collection: C) =>
  (path: FieldPath<C>) =>
    label(collection, path);
