/**
 * One entry's verdict, exactly as `npm run check` gives it: its file text read the check's way,
 * its schema with every refinement, and the tree rules that concern one entry alone (references,
 * images, a territory's file name, personal data, served files, MDX safety). The check calls it
 * for every file, then adds the rules that need the whole tree (module order, near-duplicates);
 * the CMS calls it in the browser on the text it is about to save, so an editor gets the same
 * verdict before anything is written.
 *
 * It reads no file: what it needs from the rest of the tree comes in an `EntryContext` (built
 * from the disk by `entryContextOf`, or from `/admin/validacion.json` in the admin).
 */
import type { FieldInfo } from '../derive/fields.ts';
import { SLUG } from '../schemas/fields.ts';
import { type CollectionName, collections } from '../schemas/index.ts';
import { z } from 'zod';
import { isImageInside } from './image-paths.ts';
import { parseEntryText, type RawEntry } from './load.ts';
import { unsafeMdxIn } from './mdx-safety.ts';
import { type DomainAllowlist, personalDataIn } from './personal-data.ts';
import { type Problem, problems as catalogue } from './problems.ts';
import { missingServedFilesIn } from './served-files.ts';
import { type SdgTargets, sdgGoalFileProblems, sdgTargetProblems } from './sdg-targets.ts';
import { formatPath, labelPath, schemaOf } from './schema-of.ts';

export interface EntryContext {
  /** The id of every entry of each collection: what a reference may point at. */
  ids: Partial<Record<CollectionName, ReadonlySet<string>>>;
  /** Whether a file is served from public/ (path decoded, e.g. `/materiales/guía.pdf`). */
  served: (publicPath: string) => boolean;
  /** Institutional e-mail domains (src/data/institutional-domains.yaml). */
  allowlist: DomainAllowlist;
  /**
   * Whether a file exists, relative to the folder the entry's file path is relative to. Absent
   * in the browser: the CMS picks images from its media library, which holds only existing files.
   */
  fileExists?: (file: string) => boolean;
  /** The targets of each SDG (goal id → codes), what an entry's SDG targets are read against. */
  sdgTargets?: SdgTargets;
}

export interface ValidEntry extends RawEntry {
  data: Record<string, unknown>;
}

export interface EntryVerdict {
  /** The entry as read, when its text could be read at all. */
  raw?: RawEntry;
  /** The entry as parsed by its schema, when it passed it. */
  valid?: ValidEntry;
  problems: Problem[];
}

/** What the check says of a required field left empty (the CMS leaves that one to Decap's own words). */
export const MISSING_FIELD = 'Falta este campo obligatorio.';

/** Messages for the problems editors meet most, worded for them; the rest come from zod's Spanish locale. */
const editorMessages: z.core.$ZodErrorMap = (issue) => {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined)
    return MISSING_FIELD;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `Valor no permitido. Use uno de: ${(issue.values as unknown[]).map(String).join(', ')}.`;
  }
  if (issue.code === 'unrecognized_keys')
    return `Campo desconocido: ${issue.keys.join(', ')}. Revise si está bien escrito.`;
  return undefined;
};

function validateSchema(entry: RawEntry, out: Problem[]): ValidEntry | undefined {
  const { schema, fields } = schemaOf(entry.collection);
  if (!SLUG.test(entry.id)) out.push(catalogue.badId(entry.file));
  const result = schema.safeParse(entry.data, { error: editorMessages });
  if (result.success) return { ...entry, data: result.data as Record<string, unknown> };
  for (const issue of result.error.issues) {
    // An unknown field is named and placed by its own key (a hand-typed need status, a typo), one problem each.
    const found =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({
            path: [...issue.path, key],
            message: editorMessages({ ...issue, keys: [key] } as never) as string,
          }))
        : [issue];
    for (const { path, message } of found) {
      const problem = catalogue.invalidField(entry.file, formatPath(path), labelPath(fields, path), message);
      problem.line = entry.lineOf(path);
      out.push(problem);
    }
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
        if (field.item!.kind === kind)
          found.push({
            path: [...here, i],
            field: { ...field.item!, meta: { ...field.meta, ...field.item!.meta } },
            value: item,
          });
        else if (field.item!.fields) found.push(...collect(field.item!.fields, item, kind, [...here, i]));
      });
    }
  }
  return found;
}

/** Runs on the data as written (references are plain ids there), so invalid entries are checked too. */
function checkReferences(entry: RawEntry, context: EntryContext, out: Problem[]) {
  const { fields } = schemaOf(entry.collection);
  for (const { path, field, value } of collect(fields, entry.data, 'reference')) {
    const target = field.meta.reference as CollectionName;
    const id = typeof value === 'object' && value ? (value as { id: string }).id : String(value);
    if (context.ids[target]?.has(id)) continue;
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
  const folder = entry.file.slice(0, entry.file.lastIndexOf('/') + 1);
  // `content/practices/x.mdx` → `content`: the tree an image must stay inside.
  const contentFolder = folder.slice(0, Math.max(0, folder.length - collections[entry.collection].folder.length - 2));
  for (const { path, value } of collect(fields, entry.data, 'image')) {
    const src = String(value);
    const outside = !isImageInside(entry.file, src, contentFolder);
    // Without file access (the CMS) only the path is judged: its media library holds existing files.
    if (!outside && (!context.fileExists || context.fileExists(folder + src))) continue;
    const make = outside ? catalogue.imageOutside : catalogue.missingImage;
    const problem = make(entry.file, formatPath(path), labelPath(fields, path), src);
    problem.line = entry.lineOf(path);
    out.push(problem);
  }
}

function checkTerritoryName(entry: ValidEntry, out: Problem[]) {
  if (entry.collection === 'territories' && entry.id !== entry.data.code) {
    const fieldLabel = labelPath(schemaOf('territories').fields, ['code']);
    out.push({
      ...catalogue.territoryFileName(entry.file, String(entry.data.code), fieldLabel),
      line: entry.lineOf(['code']),
    });
  }
}

/** Everything the check says about one entry already read. */
export function checkEntry(entry: RawEntry, context: EntryContext): EntryVerdict {
  const problems: Problem[] = [];
  const valid = validateSchema(entry, problems);
  checkReferences(entry, context, problems);
  if (valid) checkTerritoryName(valid, problems);
  problems.push(
    ...missingServedFilesIn(entry, context.served),
    ...personalDataIn(entry, context.allowlist),
    ...unsafeMdxIn(entry),
    ...sdgTargetProblems(entry, context.sdgTargets),
    ...sdgGoalFileProblems(entry),
  );
  return { raw: entry, valid, problems };
}

/**
 * Everything the check says about one entry's file text. `file` is its path as problems name
 * it (`content/offers/x.mdx`); its last segment gives the entry's id.
 */
export function validateEntryText(
  collection: CollectionName,
  file: string,
  text: string,
  context: EntryContext,
): EntryVerdict {
  const problems: Problem[] = [];
  const raw = parseEntryText(collection, file, text, problems);
  if (!raw) return { problems };
  const verdict = checkEntry(raw, context);
  return { ...verdict, problems: [...problems, ...verdict.problems] };
}

/** The ids of the entries read, by collection. */
export function idsOf(entries: readonly Pick<RawEntry, 'collection' | 'id'>[]): EntryContext['ids'] {
  const ids: Partial<Record<CollectionName, Set<string>>> = {};
  for (const e of entries) (ids[e.collection] ??= new Set()).add(e.id);
  return ids;
}

/** The context as JSON, for the browser: sets become lists, public/ becomes a list of paths. */
export interface PublishedContext {
  ids: Partial<Record<CollectionName, string[]>>;
  /** Decoded paths under public/ that entries may name (`/materiales/…`). */
  served: string[];
  allowlist: DomainAllowlist;
  /** The targets of each SDG, as EntryContext holds them. */
  sdgTargets?: SdgTargets;
}

export function contextFromPublished(published: PublishedContext): EntryContext {
  const served = new Set(published.served);
  return {
    ids: Object.fromEntries(Object.entries(published.ids).map(([name, list]) => [name, new Set(list)])),
    served: (publicPath) => served.has(publicPath),
    allowlist: published.allowlist,
    sdgTargets: published.sdgTargets,
  };
}
