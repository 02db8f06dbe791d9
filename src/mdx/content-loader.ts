/**
 * The content loader of every collection. Files are listed and parsed by `src/reading`, the module
 * the content check uses too, so the build publishes exactly what the check saw (same file set,
 * same ids, same YAML reading) and refuses what it refused, naming file and line.
 *
 * For the MDX collections: Astro's glob() loader hands every .mdx entry to
 * @astrojs/mdx, which compiles each body into a JavaScript module the build then bundles: one
 * module per entry. At 10,000 entries that bundling alone took gigabytes and minutes (see
 * scripts/README.md, «What changed to get here»). Content bodies are untrusted and may only hold Markdown and the
 * allowlisted components with plain-text props, so nothing in them needs compiling: this loader
 * checks each body (src/mdx/safety.ts) and stores it with its data; a page draws it as HTML with
 * the same code as the CMS preview (src/ui/EntryBody.astro). The build bundles no module
 * per entry, nothing of a body is ever evaluated, and the data store (which the build bundles
 * whole) carries each body once, not its HTML too. Developers' own .mdx pages (src/pages) still
 * go through @astrojs/mdx.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { type ContentFile, listCollection } from '../reading/files.ts';
import { readEntry } from '../reading/parse.ts';
import { collections, type CollectionName } from '../schemas/index.ts';
import type { Problem } from '../validation/problems.ts';
import { editorError } from './editor-error.ts';
import { unsafeBodyError } from './safety.ts';
import { syncOrReport } from './skip-invalid-in-dev.ts';

export interface ContentLoaderOptions {
  collection: CollectionName;
  /** Absolute folder of the collection. */
  base: string;
}

/** Present on Astro's store at run time (glob() calls it) though not in its public type. */
interface AssetImports {
  addAssetImports(assets: string[], filePath?: string): void;
}

/** Files read and checked at once: enough to keep both cores busy, few enough to bound memory. */
const CONCURRENCY = 16;

/** The reading's problems as one error, one line per problem, as the check words them. */
export function readingError(problems: Problem[]): Error {
  const lines = problems.map(
    (p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}${p.hint ? ` → ${p.hint}` : ''}`,
  );
  return editorError(
    `Contenido que no se puede publicar; corra «npm run check» para ver cada problema:\n${lines.join('\n')}`,
  );
}

/** A file of another type is never published, so only the check needs to mention it. */
const changesWhatIsPublished = (p: Problem) => p.code !== 'WrongExtension';

export function contentLoader({ collection, base }: ContentLoaderOptions): Loader {
  const isMdx = collections[collection].format === 'mdx';
  return {
    name: 'red-territorial:content',
    load: async (context: LoaderContext) => {
      const { store, parseData, generateDigest, watcher, logger, config } = context;
      const root = fileURLToPath(config.root);
      const ids = new Map<string, string>();

      async function sync({ id, absolute: path, file }: ContentFile) {
        const bytes = await readFile(path);
        ids.set(path, id);
        const digest = generateDigest(bytes.toString('binary'));
        const existing = store.get(id);
        if (existing?.digest === digest) {
          // An unchanged entry keeps its data, but Astro forgets its images (front matter
          // image() fields) unless the loader names them again, as its own glob() loader does.
          // The same text cached from another place (a build of another CONTENT_DIR) is read
          // afresh, and so is an entry on a store without that method.
          const images = existing.assetImports ?? [];
          const assets = store as typeof store & Partial<AssetImports>;
          if (existing.filePath === file && images.length === 0) return id;
          if (existing.filePath === file && typeof assets.addAssetImports === 'function') {
            assets.addAssetImports(images, existing.filePath);
            return id;
          }
          store.delete(id);
        }
        const problems: Problem[] = [];
        const entry = readEntry(collection, id, file, bytes, problems);
        if (!entry) throw readingError(problems);
        if (isMdx) {
          const unsafe = unsafeBodyError(entry.body, file, entry.bodyLine);
          if (unsafe) throw unsafe;
        }
        const data = await parseData({ id, data: entry.data as Record<string, unknown>, filePath: path });
        // No body: pages read it from the file when they draw it (core/content.ts, bodyOf).
        store.set({ id, data, filePath: file, digest });
        return id;
      }

      const listed = listCollection(collection, base, root);
      const refused = listed.problems.filter(changesWhatIsPublished);
      // The build stops; the dev server (npm run cms) says why and serves the rest, so the editor can fix it.
      if (refused.length && !watcher) throw readingError(refused);
      if (refused.length) logger.error(readingError(refused).message);
      const seen = new Set<string>();
      for (let i = 0; i < listed.files.length; i += CONCURRENCY) {
        // In dev an entry that fails is reported and left out (skip-invalid-in-dev.ts); the build stops on it.
        const batch = listed.files
          .slice(i, i + CONCURRENCY)
          .map((file) => syncOrReport(context, file.absolute, () => sync(file)));
        for (const id of await Promise.all(batch)) if (id !== undefined) seen.add(id);
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

      // Under `astro dev` (and so `npm run cms`) a saved file shows on the next reload.
      if (!watcher) return;
      watcher.add(base);
      const inBase = (path: string) => path.startsWith(`${base}/`) && !path.slice(base.length + 1).includes('/');
      const resync = async (path: string) => {
        if (!inBase(path)) return;
        try {
          const again = listCollection(collection, base, root);
          if (again.problems.some(changesWhatIsPublished))
            throw readingError(again.problems.filter(changesWhatIsPublished));
          const file = again.files.find((f) => f.absolute === path);
          if (!file) return;
          const id = await sync(file);
          // The file may go while it is read (decap-server checks a draft's branch out for a
          // moment): its unlink came before the entry was stored, so drop it now.
          if (!existsSync(path)) {
            store.delete(id);
            ids.delete(path);
            return;
          }
          logger.info(`Recargado ${relative(root, path)}`);
        } catch (error) {
          logger.error((error as Error).message);
        }
      };
      watcher.on('change', resync);
      watcher.on('add', resync);
      watcher.on('unlink', (path) => {
        const id = ids.get(path);
        if (!inBase(path) || !id) return;
        store.delete(id);
        ids.delete(path);
      });
    },
  };
}
