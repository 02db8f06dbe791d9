/**
 * The built site as the gates see it: every HTML page under `dist/` with its public path,
 * and the rule a static host uses to map a request path to a file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFacts, type HtmlFacts } from './html-facts.ts';

export interface BuiltPage {
  /** Public path: `/`, `/practicas/x/`, `/404.html`. */
  path: string;
  /** Absolute file path. */
  file: string;
  html: string;
  facts: HtmlFacts;
}

export function walkFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walkFiles(full));
    else out.push(full);
  }
  return out;
}

export function publicPath(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every page, read one at a time: at 10,000 entries the whole site's HTML is hundreds of MB. */
export function* builtPages(dist: string): Generator<BuiltPage> {
  for (const file of walkFiles(dist)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8');
    yield { path: publicPath(dist, file), file, html, facts: htmlFacts(html) };
  }
}

export const readBuiltSite = (dist: string): BuiltPage[] => [...builtPages(dist)];

/** The file a static host serves for a path (`/a/` → `a/index.html`, `/a` → `a/index.html` or `a.html`). */
export function fileForPath(dist: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const candidate = join(dist, decoded);
  if (!candidate.startsWith(dist)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html'), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}
