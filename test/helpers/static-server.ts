/** Serves a built site from disk on a free loopback port, like a static host would. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
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
}

export async function serve(dir: string, { applyHeadersFile = false }: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const headersFile = join(dir, '_headers');
  const rules = applyHeadersFile ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0]!;
    // Hosts read _headers; they do not serve it.
    const file = pathname === '/_headers' ? undefined : resolveFile(dir, req.url ?? '/');
    const status = file ? 200 : 404;
    const notFound = join(dir, '404.html');
    if (!file && !existsSync(notFound)) {
      res.writeHead(404, { ...headersFor(rules, pathname), 'content-type': 'text/plain; charset=utf-8' }).end('No encontrado');
      return;
    }
    const body = file ?? notFound;
    res.writeHead(status, { ...headersFor(rules, pathname), 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
