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
  /** Read from disk when asked for: a large site's markup does not all fit in memory at once. */
  readonly html: string;
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

/** One shared copy of each repeated string: every page repeats the inlined stylesheet and the shell's links and ids. */
function interner() {
  const seen = new Map<string, string>();
  return (s: string) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
}

/**
 * Every page with the facts the gates check. At 10,000 entries the site has ~20,000 pages: kept
 * whole, their markup and a copy of the stylesheet per page took 2.6 GB of the build; facts with
 * shared strings and markup read again on demand take a fraction of that.
 */
export function readBuiltSite(dist: string): BuiltPage[] {
  const intern = interner();
  return walkFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const facts = htmlFacts(readFileSync(file, 'utf8'));
      facts.links = facts.links.map(intern);
      facts.ids = new Set([...facts.ids].map(intern));
      facts.inlineStyles = facts.inlineStyles.map(intern);
      facts.blockingStylesheets = facts.blockingStylesheets.map(intern);
      facts.scripts = facts.scripts.map((s) => ({ ...s, content: intern(s.content) }));
      return {
        path: publicPath(dist, file),
        file,
        facts,
        get html() {
          return readFileSync(file, 'utf8');
        },
      };
    });
}

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
