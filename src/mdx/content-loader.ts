/**
 * The content loader of the MDX collections. Astro's glob() loader hands every .mdx entry to
 * @astrojs/mdx, which compiles each body into a JavaScript module the build then bundles: one
 * module per entry. At 10,000 entries that bundling alone took gigabytes and minutes (see
 * «Rendimiento» in the README). Content bodies are untrusted and may only hold Markdown and the
 * allowlisted components with plain-text props, so nothing in them needs compiling: this loader
 * checks each body (src/mdx/safety.ts) and stores it with its data; a page draws it as HTML with
 * the same code as the CMS preview (src/components/EntryBody.astro). The build bundles no module
 * per entry, nothing of a body is ever evaluated, and the data store (which the build bundles
 * whole) carries each body once, not its HTML too. Developers' own .mdx pages (src/pages) still
 * go through @astrojs/mdx.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { unsafeBodyError } from './safety.ts';
import { syncOrReport } from './skip-invalid-in-dev.ts';

export interface MdxLoaderOptions {
  /** Absolute folder of the collection. */
  base: string;
  /** File name → entry id. */
  idOf: (file: string) => string;
}

/** Present on Astro's store at run time (glob() calls it) though not in its public type. */
interface AssetImports {
  addAssetImports(assets: string[], filePath?: string): void;
}

/** Files read and checked at once: enough to keep both cores busy, few enough to bound memory. */
const CONCURRENCY = 16;

export function mdxLoader({ base, idOf }: MdxLoaderOptions): Loader {
  return {
    name: 'red-territorial:mdx',
    load: async (context: LoaderContext) => {
      const { store, parseData, generateDigest, watcher, logger, config } = context;
      const root = fileURLToPath(config.root);
      const ids = new Map<string, string>();

      async function sync(name: string) {
        const path = join(base, name);
        const file = relative(root, path);
        const source = await readFile(path, 'utf8');
        const id = idOf(name);
        ids.set(path, id);
        const digest = generateDigest(source);
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
        // Front matter blanked to spaces, so lines in the body are lines of the file.
        const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
        const unsafe = unsafeBodyError(content, file);
        if (unsafe) throw unsafe;
        const data = await parseData({ id, data: frontmatter, filePath: path });
        store.set({ id, data, body: content.trim(), filePath: file, digest });
        return id;
      }

      const names = (await readdir(base).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      for (let i = 0; i < names.length; i += CONCURRENCY) {
        // In dev an entry that fails is reported and left out (skip-invalid-in-dev.ts); the build stops on it.
        const batch = names.slice(i, i + CONCURRENCY).map((name) => syncOrReport(context, join(base, name), () => sync(name)));
        for (const id of await Promise.all(batch)) if (id !== undefined) seen.add(id);
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

      // Under `astro dev` (and so `npm run cms`) a saved file shows on the next reload.
      if (!watcher) return;
      watcher.add(base);
      const inBase = (path: string) => path.startsWith(`${base}/`) && path.endsWith('.mdx') && !path.slice(base.length + 1).includes('/');
      const resync = async (path: string) => {
        if (!inBase(path)) return;
        try {
          await sync(path.slice(base.length + 1));
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
