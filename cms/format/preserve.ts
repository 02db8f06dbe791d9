/**
 * Files in, files out, with nothing changed that the editor did not change. Decap's own
 * front-matter format re-serialises the whole YAML (reordering keys, requoting, refolding
 * lines), so an untouched save rewrites the file. These formats remember the text a file was
 * read from and, on save, apply only the edits that differ to that text's YAML document (the
 * `yaml` Document API keeps comments, quoting and layout of every node it does not touch).
 * Pure functions: unit-tested in Node, registered in the browser by `cms/formats.ts`.
 */
import { type Document, isMap, isSeq, parseDocument, stringify } from 'yaml';

/** Where the text an entry was read from rides along in its data; stripped before saving. */
export const ORIGINAL = '__original';

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

/** Applies to `doc` only the differences between `before` and `after` (both cleaned). Returns whether it changed. */
function patch(doc: Document, path: (string | number)[], before: unknown, after: unknown): boolean {
  if (same(before, after)) return false;
  if (after === undefined) {
    doc.deleteIn(path);
    return true;
  }
  const node = path.length ? doc.getIn(path, true) : doc.contents;
  if (isPlainObject(before) && isPlainObject(after) && isMap(node)) {
    let changed = false;
    for (const key of Object.keys(before)) if (!(key in after)) changed = patch(doc, [...path, key], before[key], undefined) || changed;
    for (const key of Object.keys(after)) changed = patch(doc, [...path, key], before[key], after[key]) || changed;
    return changed;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length && isSeq(node)) {
    let changed = false;
    after.forEach((item, i) => {
      changed = patch(doc, [...path, i], before[i], item) || changed;
    });
    return changed;
  }
  doc.setIn(path, after);
  return true;
}

/** The YAML of `data`, written as the minimal edit of `originalYaml` when there is one. */
export function editYaml(originalYaml: string | undefined, data: Data): string {
  const after = clean(data) ?? {};
  if (originalYaml === undefined) return stringify(after, { lineWidth: 0 });
  const doc = parseDocument(originalYaml);
  const before = clean(doc.toJS()) ?? {};
  if (!patch(doc, [], before, after)) return originalYaml;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function withoutOriginal(data: Data): [string | undefined, Data] {
  const { [ORIGINAL]: original, ...rest } = data;
  return [typeof original === 'string' ? original : undefined, rest];
}

/** Decap's formatter for YAML data files (taxonomies). */
export const yamlPreserving = {
  fromFile(text: string): Data {
    const data = parseDocument(text).toJS();
    return { ...(isPlainObject(data) ? data : {}), [ORIGINAL]: text };
  },
  toFile(data: Data): string {
    const [original, rest] = withoutOriginal(data);
    return editYaml(original, rest);
  },
};

/** Splits an MDX file into its front matter text and its body. */
export function splitMdx(text: string): { open: string; yaml: string | undefined; close: string; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { open: '---\n', yaml: undefined, close: '---\n', body: text };
  return { open: match[1]!, yaml: match[2] ?? '', close: match[3]!, body: text.slice(match[0].length) };
}

/** Decap's formatter for MDX files: YAML front matter, then the Markdown body in `body`. */
export const mdxPreserving = {
  fromFile(text: string): Data {
    const { yaml, body } = splitMdx(text);
    const data = yaml === undefined ? {} : parseDocument(yaml).toJS();
    return { ...(isPlainObject(data) ? data : {}), body, [ORIGINAL]: text };
  },
  toFile(data: Data): string {
    const [original, rest] = withoutOriginal(data);
    const { body = '', ...fields } = rest;
    const parts = original === undefined ? undefined : splitMdx(original);
    const yaml = editYaml(parts?.yaml, fields);
    const text = String(body);
    // A new file ends with a newline, like every file in the repository.
    const tail = parts || text === '' || text.endsWith('\n') ? text : `${text}\n`;
    return `${parts?.open ?? '---\n'}${yaml}${parts?.close ?? '---\n'}${tail}`;
  },
};
