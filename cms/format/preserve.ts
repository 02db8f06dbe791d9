/**
 * Files in, files out, with nothing changed that the editor did not change. Decap's own
 * front-matter format re-serialises the whole YAML (reordering keys, requoting, refolding
 * lines), so an untouched save rewrites the file. These formats remember the text a file was
 * read from and, on save, splice into that text only the values that changed, at the source
 * ranges the `yaml` parser reports; every other byte (comments, quoting, folding) stays.
 * A new entry has no text to splice into: it is written with its keys in the order the schema
 * declares its fields (the config's field order, `FieldOrder`), the order of hand-written files,
 * not the order in which the editor happened to fill the form.
 * Pure functions: unit-tested in Node, registered in the browser by `cms/admin.ts`.
 */
import { parseDocument, stringify } from 'yaml';
import { fold } from '../../src/core/slug.ts';
import { restoreSpacing } from './spacing.ts';

/** Where the text an entry was read from rides along in its data; stripped before saving. */
export const ORIGINAL = '__original';

/**
 * An entry's name or title without accents or capitals, for relation widgets to search
 * (`search_fields` in src/derive/cms-config.ts): «Quibdo» finds «Quibdó», as the public place
 * finder does. Computed on reading, never written.
 */
export const SEARCH_TEXT = '__search';

/** The order of a collection's fields, and of the fields inside its objects and lists of objects. */
export interface FieldOrder {
  keys: string[];
  nested?: Record<string, FieldOrder>;
}

const FRONT_MATTER = /^(---\r?\n)([\s\S]*?\r?\n)?(---(?:\r?\n|$))/;

type Data = Record<string, unknown>;

const isPlainObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Empty strings, nulls, empty lists and objects: what a form leaves behind when a field is cleared. */
export function clean(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, clean(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same(a[k], b[k]));
  }
  return false;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}
type Range = [number, number, number];
type YNode = { range?: Range; items?: unknown[]; flow?: boolean; type?: string };
type YPair = { key: YNode & { value?: unknown }; value: YNode | null };

/** A scalar as YAML writes it on one line, or undefined when it needs a block. */
function scalarText(value: unknown): string | undefined {
  const text = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return text.includes('\n') ? undefined : text;
}

/** `key: value` as YAML, indented to sit where the original pair started. */
function pairText(key: string, value: unknown, indent: string, flow: boolean): string {
  if (flow && Array.isArray(value) && value.every((v) => scalarText(v) !== undefined && typeof v !== 'object')) {
    return `${scalarText(key)}: [${value.map((v) => scalarText(v)).join(', ')}]\n`;
  }
  return stringify({ [key]: value }, { lineWidth: 0 })
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : indent + line))
    .join('\n');
}

const columnOf = (text: string, offset: number) => offset - text.lastIndexOf('\n', offset - 1) - 1;

/** End of a pair's text, through the end of its last line. */
function pairEnd(text: string, pair: YPair): number {
  const end = pair.value?.range?.[1] ?? pair.key.range![1];
  if (text[end - 1] === '\n') return end;
  const newline = text.indexOf('\n', end);
  return newline === -1 ? text.length : newline + 1;
}

/**
 * The edits that turn `before` into `after` inside the block map `map`, touching the text of
 * changed values only. Nested block maps and same-length lists are edited item by item.
 */
function mapEdits(text: string, map: YNode, before: Data, after: Data, out: Edit[]) {
  const pairs = (map.items ?? []) as YPair[];
  const keyOf = (p: YPair) => String(p.key.value ?? '');
  for (const pair of pairs) {
    const key = keyOf(pair);
    const old = before[key];
    const next = after[key];
    if (same(old, next)) continue;
    const keyStart = pair.key.range![0];
    const lineStart = keyStart - columnOf(text, keyStart);
    if (next === undefined) {
      out.push({ start: lineStart, end: pairEnd(text, pair), text: '' });
      continue;
    }
    valueEdits(text, pair, key, old, next, out);
  }
  const added = Object.keys(after).filter((k) => !(k in before) && after[k] !== undefined);
  if (added.length) {
    const last = pairs.at(-1);
    const at = last ? pairEnd(text, last) : text.length;
    const indent = last ? ' '.repeat(columnOf(text, last.key.range![0])) : '';
    const prefix = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
    out.push({
      start: at,
      end: at,
      text: prefix + added.map((k) => indent + pairText(k, after[k], indent, false)).join(''),
    });
  }
}

function valueEdits(text: string, pair: YPair, key: string, old: unknown, next: unknown, out: Edit[]) {
  const node = pair.value;
  const keyStart = pair.key.range![0];
  const indent = ' '.repeat(columnOf(text, keyStart));
  const isBlockCollection = node && !node.flow && Array.isArray(node.items);
  if (isBlockCollection && isPlainObject(old) && isPlainObject(next) && !Array.isArray(old)) {
    mapEdits(text, node, old, next, out);
    return;
  }
  if (isBlockCollection && Array.isArray(old) && Array.isArray(next) && old.length === next.length) {
    (node.items as YNode[]).forEach((item, i) => {
      if (same(old[i], next[i])) return;
      if (item && Array.isArray(item.items) && !item.flow && isPlainObject(old[i]) && isPlainObject(next[i])) {
        mapEdits(text, item, old[i] as Data, next[i] as Data, out);
      } else {
        const scalar = scalarText(next[i]);
        if (scalar !== undefined && item?.range && typeof next[i] !== 'object')
          out.push({ start: item.range[0], end: item.range[1], text: scalar });
        else out.push({ start: keyStart, end: pairEnd(text, pair), text: pairText(key, next, indent, false) });
      }
    });
    return;
  }
  const scalar = typeof next === 'object' ? undefined : scalarText(next);
  const isFlowScalar = node?.range && !Array.isArray(node.items) && text[node.range[1] - 1] !== '\n';
  if (scalar !== undefined && isFlowScalar) {
    out.push({ start: node!.range![0], end: node!.range![1], text: scalar });
    return;
  }
  out.push({ start: keyStart, end: pairEnd(text, pair), text: pairText(key, next, indent, Boolean(node?.flow)) });
}

function applyEdits(text: string, edits: Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

/** The YAML of `data`, written as the minimal edit of `originalYaml` when there is one. */
export function editYaml(originalYaml: string | undefined, data: Data): string {
  const after = (clean(data) ?? {}) as Data;
  if (originalYaml === undefined || originalYaml.trim() === '') return stringify(after, { lineWidth: 0 });
  const doc = parseDocument(originalYaml);
  const before = (clean(doc.toJS()) ?? {}) as Data;
  if (same(before, after)) return originalYaml;
  const edits: Edit[] = [];
  mapEdits(originalYaml, doc.contents as YNode, before, after, edits);
  return applyEdits(originalYaml, edits);
}

function withoutOriginal(data: Data): [string | undefined, Data] {
  const { [ORIGINAL]: original, [SEARCH_TEXT]: _search, ...rest } = data;
  return [typeof original === 'string' ? original : undefined, rest];
}

function withSearchText(data: Data): Data {
  const names = [data.name, data.title].filter((v): v is string => typeof v === 'string');
  return names.length ? { ...data, [SEARCH_TEXT]: names.map(fold).join(' ') } : data;
}

/** `value` with the keys of every object in `order`'s order; keys it does not know keep theirs, after. */
export function ordered(value: unknown, order: FieldOrder | undefined): unknown {
  if (!order) return value;
  if (Array.isArray(value)) return value.map((item) => ordered(item, order));
  if (!isPlainObject(value)) return value;
  const rank = (key: string) => {
    const at = order.keys.indexOf(key);
    return at === -1 ? order.keys.length : at;
  };
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((key) => [key, ordered(value[key], order.nested?.[key])]));
}

/** The collection whose top-level fields are the ones Decap names when it saves. */
function orderFor(orders: FieldOrder[], sortedKeys: string[] | undefined): FieldOrder | undefined {
  if (!sortedKeys?.length) return undefined;
  const wanted = [...sortedKeys].sort().join('\n');
  return orders.find((o) => [...o.keys].sort().join('\n') === wanted) ?? { keys: sortedKeys };
}

/** Decap's formatter for YAML data files (taxonomies). */
function yamlFormat(orders: FieldOrder[]) {
  return {
    fromFile(text: string): Data {
      const data = parseDocument(text).toJS();
      return withSearchText({ ...(isPlainObject(data) ? data : {}), [ORIGINAL]: text });
    },
    toFile(data: Data, sortedKeys?: string[]): string {
      const [original, rest] = withoutOriginal(data);
      return editYaml(original, original === undefined ? (ordered(rest, orderFor(orders, sortedKeys)) as Data) : rest);
    },
  };
}

/** Splits an MDX file into its front matter text and its body. */
export function splitMdx(text: string): { open: string; yaml: string | undefined; close: string; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { open: '---\n', yaml: undefined, close: '---\n', body: text };
  return { open: match[1]!, yaml: match[2] ?? '', close: match[3]!, body: text.slice(match[0].length) };
}

/** Decap's formatter for MDX files: YAML front matter, then the Markdown body in `body`. */
function mdxFormat(orders: FieldOrder[]) {
  return {
    fromFile(text: string): Data {
      const { yaml, body } = splitMdx(text);
      const data = yaml === undefined ? {} : parseDocument(yaml).toJS();
      return withSearchText({ ...(isPlainObject(data) ? data : {}), body, [ORIGINAL]: text });
    },
    /** Decap passes the collection's field names, in order, as `sortedKeys`. */
    toFile(data: Data, sortedKeys?: string[]): string {
      const [original, rest] = withoutOriginal(data);
      const { body = '', ...fields } = rest;
      const parts = original === undefined ? undefined : splitMdx(original);
      const yaml = editYaml(parts?.yaml, parts ? fields : (ordered(fields, orderFor(orders, sortedKeys)) as Data));
      // The rich-text editor drops the author's blank lines; they come back from the original.
      const text = parts ? restoreSpacing(parts.body, String(body)) : String(body);
      // A new file ends with a newline, like every file in the repository.
      const tail = parts || text === '' || text.endsWith('\n') ? text : `${text}\n`;
      return `${parts?.open ?? '---\n'}${yaml}${parts?.close ?? '---\n'}${tail}`;
    },
  };
}

/** Both formats, writing a new entry's keys in the order of its collection's fields. */
export function preservingFormats(orders: FieldOrder[]) {
  return { mdx: mdxFormat(orders), yaml: yamlFormat(orders) };
}

/** Without field orders: what an existing file keeps does not depend on them. */
export const mdxPreserving = mdxFormat([]);
export const yamlPreserving = yamlFormat([]);
