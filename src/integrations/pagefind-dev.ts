/**
 * Search under `npm start` (astro dev). There is no built site to index, so the dev server
 * reads its own pages: it fetches the pages of the searched collections from itself, hands
 * their HTML to Pagefind's Node API and serves the index it gets back from memory at
 * /pagefind/. Nothing is written to disk, so no generated index can be committed, and the
 * pages are indexed as the dev server renders them, with the same markup (filters, metadata,
 * ignored labels) the build indexes.
 *
 * Indexing starts when someone opens the search page or asks for Pagefind's script, not when
 * the server starts: `npm run cms` and its tests never pay for it. Requests for the index wait
 * until it is ready. A change under the content folder makes the index stale; the next visit
 * to the search page indexes again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { close, createIndex } from 'pagefind';
import type { AstroIntegrationLogger } from 'astro';
import { collections, type CollectionName } from '../schemas/index.ts';
import { searchedCollections } from '../features/search/node.ts';
import { PAGEFIND_BASE } from '../render/search-index.ts';
import { searchHref } from '../core/urls.ts';
import {
  buildError,
  PagefindIndexNotCreated,
  PagefindIndexNotWritten,
  PagefindPageNotIndexed,
} from '../core/errors/index.ts';

/** Pages fetched at once: the dev server renders on the same two cores as everything else. */
const CONCURRENCY = 4;

const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** Route prefixes of every collection with pages, longest first, to tell which collection a path belongs to. */
function routePrefixes(): { prefix: string; collection: CollectionName }[] {
  return (Object.entries(collections) as [CollectionName, { route?: string }][])
    .filter(([, c]) => c.route)
    .map(([collection, c]) => ({ prefix: `/${c.route}/`, collection }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/** The paths the crawl follows: pages whose most specific route belongs to a searched collection (so /formacion/ yes, /formacion/jornadas/ no). */
export function searchedPath(path: string): boolean {
  if (!path.endsWith('/')) return false;
  const owner = routePrefixes().find((r) => path.startsWith(r.prefix));
  return Boolean(owner && (searchedCollections as readonly string[]).includes(owner.collection));
}

/** The listing page of each searched collection that has one: where the crawl starts. */
export function crawlSeeds(): string[] {
  return searchedCollections.flatMap((c) => {
    const route = (collections[c] as { route?: string }).route;
    return route ? [`/${route}/`] : [];
  });
}

/** Internal links of a page, as paths without query or fragment. */
export function linksOf(html: string, base: string): string[] {
  const paths: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]+)"/g)) {
    const url = new URL(match[1]!.replaceAll('&amp;', '&'), base);
    if (url.origin === new URL(base).origin && !url.search) paths.push(url.pathname);
  }
  return paths;
}

/** Fetches the searched collections' pages from the dev server and indexes those marked for search. */
async function indexDevSite(base: string): Promise<{ files: Map<string, Uint8Array>; pages: number }> {
  const seen = new Set(crawlSeeds());
  const queue = [...seen];
  const pages: { url: string; content: string }[] = [];
  const visit = async (path: string) => {
    const response = await fetch(base + path);
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) return;
    const html = await response.text();
    if (html.includes('data-pagefind-body')) pages.push({ url: path, content: html });
    for (const link of linksOf(html, base + path)) {
      if (!seen.has(link) && searchedPath(link)) {
        seen.add(link);
        queue.push(link);
      }
    }
  };
  await new Promise<void>((resolve, reject) => {
    let active = 0;
    const pump = () => {
      if (queue.length === 0 && active === 0) return resolve();
      while (active < CONCURRENCY && queue.length > 0) {
        active++;
        visit(queue.shift()!).then(() => {
          active--;
          pump();
        }, reject);
      }
    };
    pump();
  });
  // Crawl order depends on timing; the index should not.
  pages.sort((a, b) => a.url.localeCompare(b.url));

  const { index, errors } = await createIndex({ forceLanguage: 'es' });
  if (!index) throw buildError(PagefindIndexNotCreated, errors.join('; '));
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile(page);
      if (added.errors.length) throw buildError(PagefindPageNotIndexed, page.url, added.errors.join('; '));
    }
    const written = await index.getFiles();
    if (written.errors.length) throw buildError(PagefindIndexNotWritten, written.errors.join('; '));
    return { files: new Map(written.files.map((f) => [f.path, f.content])), pages: pages.length };
  } finally {
    await close();
  }
}

/** The address the dev server answers on, usable from this process. */
export function serverBase(address: AddressInfo): string {
  const host = address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '::1' : address.address;
  return `http://${address.family === 'IPv6' || host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

export function devSearch(logger: AstroIntegrationLogger) {
  let base: string | undefined;
  let files = new Map<string, Uint8Array>();
  let stale = true;
  let building: Promise<void> | undefined;

  const ensureIndex = (): Promise<void> => {
    if (building || !stale || !base) return building ?? Promise.resolve();
    stale = false;
    const started = performance.now();
    building = indexDevSite(base)
      .then((result) => {
        files = result.files;
        logger.info(`pagefind (dev): ${result.pages} pages indexed in ${Math.round(performance.now() - started)} ms`);
      })
      .catch((error: unknown) => {
        stale = true;
        logger.error(
          `pagefind (dev): no se pudo indexar el sitio: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        building = undefined;
      });
    return building;
  };

  return {
    listening(address: AddressInfo) {
      base = serverBase(address);
    },
    contentChanged() {
      stale = true;
    },
    async middleware(req: IncomingMessage, res: ServerResponse, next: () => void) {
      const path = new URL(req.url ?? '/', 'http://dev').pathname;
      if (path === searchHref || `${path}/` === searchHref) {
        // Index while the reader reads the page; their first search waits for what is left.
        void ensureIndex();
        return next();
      }
      if (!path.startsWith(PAGEFIND_BASE)) return next();
      const name = path.slice(PAGEFIND_BASE.length);
      // A new index only when a search starts: files of the index a page is using stay until then.
      if (name === 'pagefind.js' || name === 'pagefind-entry.json') void ensureIndex();
      await building;
      const file = files.get(name);
      if (!file) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('content-type', TYPES[name.split('.').pop()!] ?? 'application/octet-stream');
      res.setHeader('cache-control', 'no-store');
      res.end(file);
    },
  };
}
