/**
 * Under `astro dev` (and so `npm run cms`) one invalid entry on disk used to stop the dev server
 * at content sync with a stack trace, so the editor that could fix the entry could not start.
 * In dev, a loader wrapped here leaves such an entry out and says why in Spanish, naming the
 * file and the field (the terminal, and the admin page through a small record file). The build
 * has no file watcher, so there nothing changes: `astro build` (and `npm run check` before it)
 * still fails on the entry.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { t } from '../i18n/index.ts';
import { contentDir } from '../core/content-dir.ts';
import type { CollectionName } from '../schemas/context.ts';
import { formatPath, labelPath, schemaOf } from '../validation/validate.ts';

/** Where the dev server lists the entries it left out, for the admin page to show. */
export const skippedRecordFile = (root: string) => join(root, 'node_modules/.astro/skipped-entries.json');

export interface SkippedEntry {
  /** Absolute path of the entry. */
  path: string;
  message: string;
}

/** The entries left out of the content folder the dev server serves now (not of another copy). */
export function readSkipped(root: string): SkippedEntry[] {
  const folder = contentDir(root) + sep;
  try {
    const entries = JSON.parse(readFileSync(skippedRecordFile(root), 'utf8')) as SkippedEntry[];
    // An entry deleted since it was recorded is no longer a problem.
    return entries.filter((e) => isAbsolute(e.path ?? '') && e.path.startsWith(folder) && existsSync(e.path));
  } catch {
    return [];
  }
}

function record(root: string, path: string, message: string | undefined) {
  let entries: SkippedEntry[] = [];
  try {
    entries = (JSON.parse(readFileSync(skippedRecordFile(root), 'utf8')) as SkippedEntry[]).filter(
      (e) => e.path !== path && existsSync(e.path ?? ''),
    );
  } catch {
    // No record yet.
  }
  if (message) entries.push({ path, message });
  mkdirSync(dirname(skippedRecordFile(root)), { recursive: true });
  writeFileSync(skippedRecordFile(root), JSON.stringify(entries, null, 2));
}

/** How an entry is named to editors: from the content folder's parent (`content/practices/x.mdx`). */
const shown = (root: string, path: string) => relative(dirname(contentDir(root)), path);

/** «archivo: Campo (campo): mensaje», from the same schema and labels `npm run check` uses. */
function describeProblem(collection: CollectionName, file: string, data: unknown, error: unknown): string {
  const { schema, fields } = schemaOf(collection);
  const result = schema.safeParse(data);
  if (result.success) return `${file}: ${(error as Error).message.split('\n')[0]}`;
  return result.error.issues
    .map((issue) => `${file}: ${labelPath(fields, issue.path)} (${formatPath(issue.path)}): ${issue.message}`)
    .join('\n');
}

const UNREADABLE = Symbol('unreadable');

/** What Astro passes its glob() loader besides the public context: how each file type is read. */
type EntryTypes = Map<
  string,
  { getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<unknown> } & Record<string, unknown>
>;

/** Dev only: `loader` minus the entries that fail to read or to match their schema. */
export function skipInvalidInDev(loader: Loader, collection: CollectionName): Loader {
  return {
    name: loader.name,
    load: async (context: LoaderContext) => {
      if (!context.watcher) return loader.load(context);
      const root = fileURLToPath(context.config.root);
      const invalid = new Set<string>();
      const report = (path: string, message: string) => {
        context.logger.error(t('cmsServer.skipped', { message }));
        record(root, path, message);
      };
      const parseData: LoaderContext['parseData'] = async (props) => {
        const path = props.filePath ?? join(root, props.id);
        const file = shown(root, path);
        if ((props.data as Record<symbol, unknown>)[UNREADABLE]) {
          invalid.add(props.id);
          return props.data;
        }
        try {
          const data = await context.parseData(props);
          invalid.delete(props.id);
          record(root, path, undefined);
          return data;
        } catch (error) {
          invalid.add(props.id);
          report(path, describeProblem(collection, file, props.data, error));
          return props.data;
        }
      };
      // A file that does not even parse (YAML syntax) reaches parseData marked, to be left out by id.
      const entryTypes = new Map(
        [...((context as unknown as { entryTypes?: EntryTypes }).entryTypes ?? [])].map(([ext, type]) => [
          ext,
          {
            ...type,
            getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
              try {
                return await type.getEntryInfo(params);
              } catch (error) {
                const path = fileURLToPath(params.fileUrl);
                const file = shown(root, path);
                const detail =
                  /failed to parse:\s*(.*)/.exec((error as Error).message)?.[1] ??
                  (error as Error).message.split('\n')[0];
                report(path, `${file}: ${t('cmsServer.unreadable', { detail: detail ?? '' })}`);
                return { body: '', data: { [UNREADABLE]: true } as Record<string, unknown>, rawData: '', slug: '' };
              }
            },
          },
        ]),
      );
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') {
            return (entry: Parameters<typeof target.set>[0]) => {
              if (!invalid.has(entry.id)) return target.set(entry);
              target.delete(entry.id);
              return false;
            };
          }
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      return loader.load({ ...context, parseData, store, entryTypes } as LoaderContext);
    },
  };
}

/** For a loader of our own: runs one entry's sync, in dev reporting a failure instead of throwing. */
export async function syncOrReport<T>(
  context: LoaderContext,
  path: string,
  sync: () => Promise<T>,
): Promise<T | undefined> {
  if (!context.watcher) return sync();
  try {
    return await sync();
  } catch (error) {
    const root = fileURLToPath(context.config.root);
    const file = shown(root, path);
    // A reading error lists its problems under a heading (content-loader.ts): the problems say it all.
    const lines = (error as Error).message.split('\n');
    const detail =
      lines.length > 1
        ? lines
            .slice(1)
            .map((l) => l.trim())
            .filter(Boolean)
            .join('\n')
        : lines[0]!;
    const message = detail.includes(file) ? detail : `${file}: ${detail}`;
    context.logger.error(t('cmsServer.skipped', { message }));
    record(root, path, message);
    return undefined;
  }
}
