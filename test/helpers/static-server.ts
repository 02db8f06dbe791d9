/** Serves a built site from disk on a free loopback port, like a static host would. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/audit/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
};

function resolveFile(dir: string, urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, clean);
  if (!candidate.startsWith(dir)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export interface ServeOptions {
  /** Send the headers `dir/_headers` sets for each path (CSP and friends), as Cloudflare Pages and Netlify do. */
  applyHeadersFile?: boolean;
  /** Gzip text for browsers that accept it, as hosts do (benchmarks count the bytes a reader downloads). */
  compress?: boolean;
}

/** Text is compressed on the wire; Pagefind's files and images already are. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export async function serve(
  dir: string,
  { applyHeadersFile = false, compress = false }: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const headersFile = join(dir, '_headers');
  const rules = applyHeadersFile ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    // Hosts read _headers; they do not serve it.
    const file = pathname === '/_headers' ? undefined : resolveFile(dir, req.url ?? '/');
    const status = file ? 200 : 404;
    const notFound = join(dir, '404.html');
    if (!file && !existsSync(notFound)) {
      res
        .writeHead(404, { ...headersFor(rules, pathname), 'content-type': 'text/plain; charset=utf-8' })
        .end('No encontrado');
      return;
    }
    const body = file ?? notFound;
    const type = TYPES[extname(body)] ?? 'application/octet-stream';
    // A validator, as every host sends: a returning browser revalidates and gets a bodiless 304.
    const stat = statSync(body);
    const etag = `W/"${stat.size.toString(36)}-${stat.mtimeMs.toString(36)}"`;
    const headers = { ...headersFor(rules, pathname), 'content-type': type, etag };
    if (file && req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    if (compress && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      createReadStream(body)
        .pipe(createGzip({ level: 9 }))
        .pipe(res);
      return;
    }
    res.writeHead(status, headers);
    createReadStream(body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      // A browser's keep-alive connections would hold close() open until they time out.
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, close };
}
