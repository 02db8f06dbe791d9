/**
 * The words of the shared render functions, read from the schemas. Build side only (it imports
 * zod and every schema): the pages use `siteWords`; the admin page embeds `wordTable(...)`,
 * the same words as data, so the CMS preview labels things exactly as the pages do.
 */
import { isAllowedComponent, mdxAllowlist } from '../mdx/allowlist.ts';
import type { WordTable, Words } from '../render/context.ts';
import { type CollectionName, collections } from '../schemas/index.ts';
import { readMeta } from '../schemas/meta.ts';
import type { FieldInfo } from './fields.ts';
import { field, fieldsOf, label, optionLabel } from './labels.ts';
import type { FieldPath } from '../schemas/types.ts';

function componentOption(name: keyof typeof mdxAllowlist, prop: string, value: string) {
  const shape = mdxAllowlist[name].props.shape as Record<string, Parameters<typeof readMeta>[0]>;
  const schema = shape[prop];
  return (schema && readMeta(schema).options?.[value]) ?? value;
}

const collectionWords = (name: string) => {
  const c = collections[name as CollectionName];
  return {
    label: c.label,
    labelSingular: c.labelSingular,
    bodyLabel: (c as { body?: { label: string } }).body?.label ?? '',
  };
};

export const siteWords: Words = {
  label: (scope, path) => label(scope, path),
  option: (scope, path, value) =>
    isAllowedComponent(scope)
      ? componentOption(scope, path, value)
      : optionLabel(scope as CollectionName, path as FieldPath<CollectionName>, value),
  collection: collectionWords,
  longText: (scope, path) => !isAllowedComponent(scope) && Boolean(field(scope, path).meta.multiline),
};

function walk(scope: string, fields: FieldInfo[], prefix: string, table: WordTable) {
  for (const f of fields) {
    const path = prefix ? `${prefix}.${f.key}` : f.key;
    if (f.meta.label) table.labels[`${scope}.${path}`] = f.meta.label;
    const inner = f.kind === 'list' && f.item ? f.item : f;
    const options = f.meta.options ?? inner.meta.options;
    if (options) table.options[`${scope}.${path}`] = { ...options };
    if (f.meta.multiline) table.longText!.push(`${scope}.${path}`);
    if (inner.fields) walk(scope, inner.fields, path, table);
  }
}

/** Every label and option word of these collections, plus the allowlisted components' options. */
export function wordTable(names: CollectionName[]): WordTable {
  const table: WordTable = { labels: {}, options: {}, collections: {}, longText: [] };
  for (const name of names) {
    walk(name, fieldsOf(name), '', table);
    table.collections[name] = collectionWords(name);
  }
  for (const [name, component] of Object.entries(mdxAllowlist)) {
    for (const [prop, schema] of Object.entries(component.props.shape)) {
      const meta = readMeta(schema as Parameters<typeof readMeta>[0]);
      if (meta.label) table.labels[`${name}.${prop}`] = meta.label;
      if (meta.options) table.options[`${name}.${prop}`] = { ...meta.options };
    }
  }
  return table;
}
