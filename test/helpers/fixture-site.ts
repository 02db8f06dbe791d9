/** Tiny built sites on disk, for tests of the gates that read `dist/`: one planted fault each. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type SiteFiles = Record<string, string | Buffer>;

export function writeSite(files: SiteFiles): string {
  const dist = mkdtempSync(join(tmpdir(), 'rt-dist-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(dist, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return dist;
}

export function page({
  head = '',
  body = '',
  title = 'Prueba',
}: {
  head?: string;
  body?: string;
  title?: string;
}): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${title}</title><style>body{margin:0}</style>${head}</head><body><a href="#contenido">Saltar</a><main id="contenido">${body}</main></body></html>`;
}
