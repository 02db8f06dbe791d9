/** The CMS is for editors only: readers' pages never load a byte of it. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');

function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlPages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Every script and stylesheet a page loads, following static imports between chunks. */
function assetsOf(page: string): Map<string, string> {
  const html = readFileSync(page, 'utf8');
  const found = new Map<string, string>();
  // Local files anywhere: Astro's chunks in /_astro/, the admin bundle in /admin/cms/.
  const queue = [...html.matchAll(/(?:src|href)="(\/[^"/][^"]*\.(?:js|css))"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  found.set('(inline)', inline);
  while (queue.length) {
    const path = queue.shift()!;
    if (found.has(path)) continue;
    const text = readFileSync(join(dist, path), 'utf8');
    found.set(path, text);
    for (const m of text.matchAll(/(?:import|from)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g))
      queue.push(new URL(m[1]!, `http://site.invalid${path}`).pathname);
  }
  return found;
}

const CMS_MARKERS = [/decap-cms/i, /registerPreviewTemplate/, /cms-config/];

describe('public pages carry none of the CMS code', () => {
  it('the admin page does load the CMS (so the check below can fail)', () => {
    const assets = [...assetsOf(join(dist, 'admin/index.html')).values()].join('\n');
    expect(CMS_MARKERS.some((m) => m.test(assets))).toBe(true);
  });

  it('no other page loads a script or stylesheet that contains it', () => {
    const offenders = htmlPages(dist)
      .filter((page) => !relative(dist, page).startsWith('admin/'))
      .flatMap((page) =>
        [...assetsOf(page)]
          .filter(([, text]) => CMS_MARKERS.some((m) => m.test(text)))
          .map(([asset]) => `${relative(dist, page)} → ${asset}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the admin page is kept out of search engines', () => {
    expect(readFileSync(join(dist, 'admin/index.html'), 'utf8')).toContain('<meta name="robots" content="noindex"');
  });
});
