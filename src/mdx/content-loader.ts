/**
 * The content loader of the MDX collections. Astro's glob() loader hands every .mdx entry to
 * @astrojs/mdx, which compiles each body into a JavaScript module the build then bundles: one
 * module per entry. At 10,000 entries that bundling alone took gigabytes and minutes (see
 * «Rendimiento» in the README). Content bodies are untrusted and may only hold Markdown and the
 * allowlisted components with plain-text props, so nothing in them needs compiling: this loader
 * checks each body (src/mdx/safety.ts), renders it to HTML once, at content sync, and stores the
 * HTML like Astro stores rendered Markdown. Pages call render(entry) as before; the build
 * bundles no module per entry, and nothing of a body is ever evaluated. Developers' own .mdx
 * pages (src/pages) still go through @astrojs/mdx.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { unsafeBodyError } from './safety.ts';

export interface RenderedBody {
  html: string;
}

export interface MdxLoaderOptions {
  /** Absolute folder of the collection. */
  base: string;
  /** File name → entry id. */
  idOf: (file: string) => string;
  /** Draws a safe body as HTML; `file` is relative to the project, for messages. */
  render: (body: string, file: string) => RenderedBody | Promise<RenderedBody>;
}

/** Files read and rendered at once: enough to keep both cores busy, few enough to bound memory. */
const CONCURRENCY = 16;

export function mdxLoader({ base, idOf, render }: MdxLoaderOptions): Loader {
  return {
    name: 'red-territorial:mdx',
    load: async ({ store, parseData, generateDigest, watcher, logger, config }: LoaderContext) => {
      const root = new URL('.', config.root).pathname;
      const ids = new Map<string, string>();

      async function sync(name: string) {
        const path = join(base, name);
        const file = relative(root, path);
        const source = await readFile(path, 'utf8');
        const id = idOf(name);
        ids.set(path, id);
        const digest = generateDigest(source);
        if (store.get(id)?.digest === digest) return id;
        // Front matter blanked to spaces, so lines in the body are lines of the file.
        const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
        const unsafe = unsafeBodyError(content, file);
        if (unsafe) throw unsafe;
        const data = await parseData({ id, data: frontmatter, filePath: path });
        const { html } = await render(content, file);
        store.set({ id, data, body: content.trim(), filePath: file, digest, rendered: { html, metadata: {} } });
        return id;
      }

      const names = (await readdir(base).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      for (let i = 0; i < names.length; i += CONCURRENCY) {
        for (const id of await Promise.all(names.slice(i, i + CONCURRENCY).map(sync))) seen.add(id);
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
