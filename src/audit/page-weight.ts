/**
 * Page-weight budgets measured on the built site. Readers are often on 3G phones: a page
 * whose render-blocking CSS fits the first round trip (~14 KB) can paint after one RTT.
 *
 * "Our own code" vs third-party JavaScript: inline scripts and the modules of this repository
 * that the bundler put in `/_astro/` chunks are ours; npm packages bundled into those chunks
 * (Decap CMS, React, a search UI…), as the bundler attributed them (`chunk-origins.ts`), and
 * files tools ship under their own folder (Pagefind's runtime in `/pagefind/`) are not. They
 * are reported but not budgeted: we cannot shrink them; we choose where they load.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileForPath, type BuiltPage } from './built-site.ts';
import type { ChunkOrigins } from './chunk-origins.ts';
import { pathMatches } from './headers-file.ts';
import { intrinsicWidth } from './image-size.ts';

const KB = 1024;
export const budgets = {
  renderBlockingCss: 14 * KB,
  practicePage: 40 * KB,
  contentPageJs: 0,
  islandJs: 30 * KB,
} as const;

/**
 * Pages allowed to ship an island (`_headers` path patterns). A page elsewhere may carry an
 * island only when the island declares itself on its root element with `data-island="name"`
 * (the video player on a module page): every other page is a content page with no JavaScript.
 */
export const islandPages = [
  '/buscar',
  '/buscar/*',
  '/oferta/',
  '/oferta/:facet/:value/',
  '/territorio/',
  '/admin',
  '/admin/*',
];
export const thirdPartyPrefixes = ['/pagefind/'];
/** Practice detail pages, the budget's "demo practice page". */
export const practicePages = '/practicas/:id/';
export const modernImageFormats = ['webp', 'avif', 'svg'];

export interface Compressed {
  raw: number;
  gzip: number;
  brotli: number;
}

export function compressed(text: string | Buffer): Compressed {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  // Budgets are asserted on gzip, which every host serves; brotli (level 9, what hosts use on the fly) is reported.
  const brotli = brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }).length;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length, brotli };
}

const scale = (c: Compressed, share: number): Compressed => ({
  raw: Math.round(c.raw * share),
  gzip: Math.round(c.gzip * share),
  brotli: Math.round(c.brotli * share),
});
const sum = (parts: Compressed[]): Compressed =>
  parts.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

export interface PageWeight {
  path: string;
  island: boolean;
  html: Compressed;
  /** The HTML (inline CSS included) plus its external stylesheets. */
  htmlAndCss: Compressed;
  renderBlockingCss: Compressed;
  ownJs: Compressed;
  thirdPartyJs: Compressed;
  jsFiles: string[];
  images: number;
}

function urlPath(href: string, page: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  return new URL(href, `http://site.invalid${page}`).pathname;
}

const declaresIsland = (html: string) => /<[a-z][^>]*\sdata-island=["'][a-z-]+["']/i.test(html);

/** A JS file and the local modules it imports, statically or dynamically, each once. */
function jsClosure(dist: string, start: string, seen: Set<string>): void {
  if (seen.has(start)) return;
  const file = fileForPath(dist, start);
  if (!file) return;
  seen.add(start);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']/g)) {
    const next = urlPath(match[1]!, start);
    if (next) jsClosure(dist, next, seen);
  }
}

/**
 * @param origins per-chunk attribution recorded by the build; without it, a whole file counts
 * as ours unless it lives under a third-party prefix.
 */
export function measurePage(dist: string, page: BuiltPage, origins: ChunkOrigins = {}): PageWeight {
  const cssFiles = page.facts.blockingStylesheets
    .map((href) => urlPath(href, page.path))
    .flatMap((p) => (p && fileForPath(dist, p)) || []);
  const externalCss = cssFiles.map((f) => readFileSync(f, 'utf8'));
  const css = [...page.facts.inlineStyles, ...externalCss].join('\n');
  const executable = page.facts.scripts.filter((s) => s.executable);
  const inline = executable.filter((s) => s.src === undefined).map((s) => compressed(s.content));
  const seen = new Set<string>();
  for (const s of executable) {
    const p = s.src && urlPath(s.src, page.path);
    if (p) jsClosure(dist, p, seen);
  }
  const jsFiles = [...seen].sort();
  const ownShare = (p: string) => {
    if (thirdPartyPrefixes.some((prefix) => p.startsWith(prefix))) return 0;
    const o = origins[p];
    return o && o.own + o.thirdParty > 0 ? o.own / (o.own + o.thirdParty) : 1;
  };
  const files = jsFiles.map((p) => ({ size: compressed(readFileSync(fileForPath(dist, p)!)), share: ownShare(p) }));
  return {
    path: page.path,
    island: islandPages.some((pattern) => pathMatches(pattern, page.path)) || declaresIsland(page.html),
    html: compressed(page.html),
    htmlAndCss: compressed([page.html, ...externalCss].join('\n')),
    renderBlockingCss: compressed(css),
    ownJs: sum([...inline, ...files.map((f) => scale(f.size, f.share))]),
    thirdPartyJs: sum(files.map((f) => scale(f.size, 1 - f.share))),
    jsFiles,
    images: page.facts.images.length,
  };
}

export interface BudgetProblem {
  page: string;
  check: 'render-blocking-css' | 'practice-page' | 'content-js' | 'island-js' | 'images';
  message: string;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function imageProblems(dist: string, page: BuiltPage): string[] {
  const out: string[] = [];
  for (const img of page.facts.images) {
    const name = img.src || '(sin src)';
    if (!img.width || !img.height || !/^\d+$/.test(img.width) || !/^\d+$/.test(img.height))
      out.push(`${name}: falta width/height (la página salta al cargar la imagen)`);
    // The first image may be the largest paint; any later one is assumed below the fold.
    if (img.index > 0 && img.loading !== 'lazy') out.push(`${name}: no es la primera imagen y no tiene loading="lazy"`);
    const candidates = [
      { url: img.src, maxWidth: 2 * Number(img.width ?? 0) },
      ...img.srcset
        .split(',')
        .map((c) => c.trim().split(/\s+/))
        .filter(([url]) => url)
        .map(([url, descriptor = '1x']) => ({
          url: url!,
          maxWidth: descriptor.endsWith('w')
            ? parseInt(descriptor, 10)
            : parseFloat(descriptor) * Number(img.width ?? 0),
        })),
    ];
    for (const { url, maxWidth } of candidates) {
      if (url.startsWith('data:image/svg+xml')) continue;
      const path = urlPath(url, page.path);
      if (!path) {
        out.push(`${url}: imagen externa; sírvala desde el sitio, redimensionada`);
        continue;
      }
      const format = extname(path).slice(1).toLowerCase();
      if (!modernImageFormats.includes(format)) {
        out.push(`${url}: formato ${format || 'desconocido'}; use WebP, AVIF o SVG`);
        continue;
      }
      const file = fileForPath(dist, path);
      const width = file && format !== 'svg' ? intrinsicWidth(readFileSync(file), format) : undefined;
      if (width && maxWidth && width > maxWidth + 1)
        out.push(`${url}: mide ${width} px de ancho y se muestra a ${maxWidth} px como máximo; redimensiónela`);
    }
  }
  return out;
}

export function checkBudgets(dist: string, pages: BuiltPage[], origins: ChunkOrigins = {}): BudgetProblem[] {
  const found: BudgetProblem[] = [];
  for (const page of pages) {
    const w = measurePage(dist, page, origins);
    const add = (check: BudgetProblem['check'], message: string) => found.push({ page: page.path, check, message });
    if (w.renderBlockingCss.gzip > budgets.renderBlockingCss)
      add(
        'render-blocking-css',
        `CSS que bloquea el pintado: ${kb(w.renderBlockingCss.gzip)} comprimido (máximo ${kb(budgets.renderBlockingCss)})`,
      );
    if (pathMatches(practicePages, page.path)) {
      if (w.htmlAndCss.gzip > budgets.practicePage)
        add('practice-page', `HTML + CSS: ${kb(w.htmlAndCss.gzip)} comprimido (máximo ${kb(budgets.practicePage)})`);
    }
    // Any executable script counts, even one whose file is elsewhere (a CDN) and so cannot be weighed.
    const scripts = page.facts.scripts.filter((s) => s.executable);
    if (!w.island && (scripts.length > 0 || w.ownJs.raw + w.thirdPartyJs.raw > budgets.contentPageJs))
      add(
        'content-js',
        `página de contenido con JavaScript (${scripts.map((s) => s.src ?? 'script en línea').join(', ')}); las páginas de contenido no llevan JavaScript`,
      );
    if (w.island && w.ownJs.gzip > budgets.islandJs)
      add('island-js', `JavaScript propio: ${kb(w.ownJs.gzip)} comprimido (máximo ${kb(budgets.islandJs)})`);
    for (const message of imageProblems(dist, page)) add('images', message);
  }
  return found;
}

export function formatBudgetProblems(problems: BudgetProblem[]): string {
  return problems.map((p) => `${p.page} [${p.check}] ${p.message}`).join('\n');
}
