/**
 * Every internal link and anchor of the built site must resolve. External sites are not
 * fetched (builds run offline); `mailto:` and `tel:` links are checked for shape only.
 */
import type { BuiltPage } from './built-site.ts';
import { fileForPath } from './built-site.ts';
import type { HtmlFacts } from './html-facts.ts';

/** What the check keeps of a page: its links and ids, not its HTML. */
export type LinkedPage = Pick<BuiltPage, 'path' | 'file'> & { facts: Pick<HtmlFacts, 'links' | 'ids'> };

/**
 * Keeps each page's links and ids, one copy of each distinct string for the whole site: every
 * page repeats the shell's links (about 20,000 pages at 10,000 entries).
 */
export function linkKeeper(): (page: BuiltPage) => LinkedPage {
  const seen = new Map<string, string>();
  const one = (s: string) => seen.get(s) ?? (seen.set(s, s), s);
  return ({ path, file, facts }) => ({
    path,
    file,
    facts: { links: facts.links.map(one), ids: new Set([...facts.ids].map(one)) },
  });
}

export interface LinkProblem {
  page: string;
  href: string;
  message: string;
}

const EMAIL = /^[^\s@,;<>()]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/** Digits only once visual separators are dropped: 7 (local) to 15 (E.164 maximum). */
const PHONE = /^\+?\d{7,15}$/;
/** HTML scrolls to the top for an empty fragment or `#top` even without such an id. */
const IMPLICIT_FRAGMENTS = new Set(['', 'top']);
const BASE = 'http://site.invalid';

function shapeProblem(href: string): string | undefined {
  const lower = href.toLowerCase();
  if (lower.startsWith('mailto:')) {
    const addresses = decodeURIComponent(href.slice(7).split('?')[0] ?? '')
      .split(',')
      .filter(Boolean);
    if (!addresses.length || addresses.some((a) => !EMAIL.test(a.trim()))) return 'la dirección de correo no es válida';
    return undefined;
  }
  if (lower.startsWith('tel:')) {
    if (
      !PHONE.test(
        href
          .slice(4)
          .replace(/;ext=\d{1,6}$/, '')
          .replace(/[\s().-]/g, ''),
      )
    )
      return 'el número de teléfono no es válido (solo dígitos, con + opcional)';
    return undefined;
  }
  if (lower.startsWith('javascript:')) return 'los enlaces no ejecutan JavaScript; enlace a una página';
  return undefined;
}

function decodeFragment(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * @param site the public origin (`astro.config` `site`): absolute links to it are internal.
 */
export function checkLinks(dist: string, pages: LinkedPage[], site?: URL): LinkProblem[] {
  const byFile = new Map(pages.map((p) => [p.file, p]));
  const found: LinkProblem[] = [];
  for (const page of pages) {
    for (const raw of page.facts.links) {
      const href = raw.trim();
      if (!href) continue;
      const problem = (message: string) => found.push({ page: page.path, href, message });
      const shape = shapeProblem(href);
      if (shape) {
        problem(shape);
        continue;
      }
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !(site && href.startsWith(site.origin))) continue;
      if (href.startsWith('//')) continue;
      const url = new URL(
        site && href.startsWith(site.origin) ? href.slice(site.origin.length) || '/' : href,
        BASE + page.path,
      );
      const target =
        url.pathname === new URL(BASE + page.path).pathname ? page : byFile.get(fileForPath(dist, url.pathname) ?? '');
      if (!target) {
        if (!fileForPath(dist, url.pathname)) problem(`la página «${url.pathname}» no existe`);
        continue;
      }
      const fragment = decodeFragment(url.hash);
      if (url.hash && !IMPLICIT_FRAGMENTS.has(fragment.toLowerCase()) && !target.facts.ids.has(fragment))
        problem(`no hay ningún elemento con id «${fragment}» en ${target.path}`);
    }
  }
  return found;
}

export function formatLinkProblems(problems: LinkProblem[]): string {
  return [
    `${problems.length} enlace(s) interno(s) roto(s):`,
    ...problems.map((p) => `  ${p.page} → ${p.href}: ${p.message}`),
  ].join('\n');
}
