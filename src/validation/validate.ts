/**
 * The content check: every entry against its schema, then what a schema alone cannot see
 * (references to entries that do not exist, file names, module order, missing images).
 * Reports every problem of the run at once.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { type FieldInfo, describeObject, fieldAt } from '../derive/fields.ts';
import { SLUG } from '../schemas/fields.ts';
import { type CollectionName, collections } from '../schemas/index.ts';
import { nodeContext } from '../schemas/node-context.ts';
import { isImageInside } from './image-paths.ts';
import { type RawEntry, loadContent } from './load.ts';
import { type Problem, problems as catalogue } from './problems.ts';
import { contentRules } from './rules.ts';

z.config(z.locales.es());

export interface ValidEntry extends RawEntry {
  data: Record<string, unknown>;
}

export interface CheckResult {
  entries: ValidEntry[];
  problems: Problem[];
}

const schemaCache = new Map<CollectionName, { schema: z.ZodType; fields: FieldInfo[] }>();
export function schemaOf(collection: CollectionName) {
  let cached = schemaCache.get(collection);
  if (!cached) {
    const schema = collections[collection].schema(nodeContext);
    cached = { schema, fields: describeObject(schema) };
    schemaCache.set(collection, cached);
  }
  return cached;
}

/** `results[0].baseline` */
export const formatPath = (path: readonly PropertyKey[]) =>
  path.map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i ? '.' : ''}${String(step)}`)).join('');

/** `Resultados › 1 › Línea base`: the words editors see in the CMS. */
export function labelPath(fields: FieldInfo[], path: readonly PropertyKey[]): string {
  const trail = fieldAt(fields, path);
  const words: string[] = [];
  let t = 0;
  for (const step of path) {
    if (typeof step === 'number') words.push(`n.º ${step + 1}`);
    else words.push(trail[t++]?.meta.label ?? String(step));
  }
  return words.join(' › ');
}

/** Messages for the problems editors meet most, worded for them; the rest come from zod's Spanish locale. */
const editorMessages: z.core.$ZodErrorMap = (issue) => {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) return 'Falta este campo obligatorio.';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `Valor no permitido. Use uno de: ${(issue.values as unknown[]).map(String).join(', ')}.`;
  }
  if (issue.code === 'unrecognized_keys') return `Campo desconocido: ${issue.keys.join(', ')}. Revise si está bien escrito.`;
  return undefined;
};

function validateEntry(entry: RawEntry, out: Problem[]): ValidEntry | undefined {
  const { schema, fields } = schemaOf(entry.collection);
  if (!SLUG.test(entry.id)) out.push(catalogue.badId(entry.file));
  const result = schema.safeParse(entry.data, { error: editorMessages });
  if (result.success) return { ...entry, data: result.data as Record<string, unknown> };
  for (const issue of result.error.issues) {
    const problem = catalogue.invalidField(entry.file, formatPath(issue.path), labelPath(fields, issue.path), issue.message);
    problem.line = entry.lineOf(issue.path);
    out.push(problem);
  }
  return undefined;
}

interface Found {
  path: PropertyKey[];
  field: FieldInfo;
  value: unknown;
}

/** Every value of a given kind in an entry, with its path. */
function collect(fields: FieldInfo[], data: unknown, kind: FieldInfo['kind'], path: PropertyKey[] = []): Found[] {
  if (!data || typeof data !== 'object') return [];
  const found: Found[] = [];
  for (const field of fields) {
    const value = (data as Record<string, unknown>)[field.key];
    if (value === undefined) continue;
    const here = [...path, field.key];
    if (field.kind === kind) found.push({ path: here, field, value });
    else if (field.kind === 'object' && field.fields) found.push(...collect(field.fields, value, kind, here));
    else if (field.kind === 'list' && field.item && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (field.item!.kind === kind) found.push({ path: [...here, i], field: { ...field.item!, meta: { ...field.meta, ...field.item!.meta } }, value: item });
        else if (field.item!.fields) found.push(...collect(field.item!.fields, item, kind, [...here, i]));
      });
    }
  }
  return found;
}

/** An image is a file of an image type inside the content tree (image-paths.ts), and exists. */
function imageProblem(root: string, contentDir: string, entry: RawEntry, src: string): 'outside' | 'missing' | undefined {
  if (!isImageInside(entry.file, src, relative(root, contentDir))) return 'outside';
  const file = join(root, dirname(entry.file), src);
  return existsSync(file) && statSync(file).isFile() ? undefined : 'missing';
}

/** Runs on the data as written (references are plain ids there), so invalid entries are checked too. */
function checkReferences(entries: RawEntry[], root: string, contentDir: string, out: Problem[]) {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!ids.has(e.collection)) ids.set(e.collection, new Set());
    ids.get(e.collection)!.add(e.id);
  }
  for (const entry of entries) {
    const { fields } = schemaOf(entry.collection);
    for (const { path, field, value } of collect(fields, entry.data, 'reference')) {
      const target = field.meta.reference as CollectionName;
      const id = typeof value === 'object' && value ? (value as { id: string }).id : String(value);
      if (ids.get(target)?.has(id)) continue;
      const problem = catalogue.danglingReference(
        entry.file,
        formatPath(path),
        labelPath(fields, path),
        `${collections[target].label} (content/${collections[target].folder})`,
        id,
      );
      problem.line = entry.lineOf(path);
      out.push(problem);
    }
    for (const { path, value } of collect(fields, entry.data, 'image')) {
      const src = String(value);
      const wrong = imageProblem(root, contentDir, entry, src);
      if (wrong) {
        const make = wrong === 'outside' ? catalogue.imageOutside : catalogue.missingImage;
        const problem = make(entry.file, formatPath(path), labelPath(fields, path), src);
        problem.line = entry.lineOf(path);
        out.push(problem);
      }
    }
  }
}

function checkTerritoryNames(entries: ValidEntry[], out: Problem[]) {
  const territories = new Map(entries.filter((e) => e.collection === 'territories').map((e) => [e.id, e]));
  for (const e of territories.values()) {
    if (e.id !== e.data.code) {
      const fieldLabel = labelPath(schemaOf('territories').fields, ['code']);
      out.push({ ...catalogue.territoryFileName(e.file, String(e.data.code), fieldLabel), line: e.lineOf(['code']) });
    }
    // A municipality's department must be a department (not another municipality, not itself).
    const department = (e.data.department as { id: string } | undefined)?.id;
    const target = department ? territories.get(department) : undefined;
    if (target && target.data.kind !== 'departamento' && target.data.kind !== 'distrito-capital') {
      const fieldLabel = labelPath(schemaOf('territories').fields, ['department']);
      out.push({ ...catalogue.territoryHierarchy(e.file, 'department', fieldLabel, `«${department}» no es un departamento.`), line: e.lineOf(['department']) });
    }
  }
}

function checkModuleOrder(entries: ValidEntry[], out: Problem[]) {
  const byCourse = new Map<string, ValidEntry[]>();
  for (const e of entries) {
    if (e.collection !== 'modules') continue;
    const course = (e.data.course as { id: string }).id;
    byCourse.set(course, [...(byCourse.get(course) ?? []), e]);
  }
  const fieldLabel = labelPath(schemaOf('modules').fields, ['order']);
  for (const [course, modules] of byCourse) {
    const sorted = [...modules].sort((a, b) => Number(a.data.order) - Number(b.data.order));
    sorted.forEach((m, i) => {
      const order = Number(m.data.order);
      const line = m.lineOf(['order']);
      if (i > 0 && order === Number(sorted[i - 1]!.data.order)) {
        out.push({ ...catalogue.moduleOrder(m.file, course, `Otro módulo ya tiene el número ${order}: ${sorted[i - 1]!.file}`, fieldLabel), line });
      } else if (order !== i + 1 && (i === 0 || order !== Number(sorted[i - 1]!.data.order))) {
        out.push({ ...catalogue.moduleOrder(m.file, course, `Se esperaba el módulo ${i + 1} y este tiene el número ${order}`, fieldLabel), line });
      }
    });
  }
}

/**
 * A rule that throws must not hide the problems every other rule found: its failure becomes one
 * more problem of the run, and the rest of the report is printed.
 */
function runRule(rule: (typeof contentRules)[number], context: Parameters<(typeof contentRules)[number]>[0], contentDir: string): Problem[] {
  try {
    return rule(context);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return [catalogue.ruleFailed(contentDir.startsWith(context.root) ? contentDir.slice(context.root.length).replace(/^\//, '') || 'content' : contentDir, detail)];
  }
}

/** Validates the whole content tree under `root/content` (or `contentDir`). */
export function checkContent(root: string, contentDir = join(root, 'content')): CheckResult {
  const { entries: raw, problems } = loadContent(root, contentDir);
  const entries = raw.map((e) => validateEntry(e, problems)).filter((e): e is ValidEntry => Boolean(e));
  checkReferences(raw, root, contentDir, problems);
  checkTerritoryNames(entries, problems);
  checkModuleOrder(entries, problems);
  for (const rule of contentRules) problems.push(...runRule(rule, { root, raw, valid: entries }, contentDir));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { entries, problems };
}
