/** RSS feeds and the sitemap of the built site: well-formed, dated, announced by the pages they follow. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE } from '../../src/features/publishing/feed-selection.ts';

const dist = join(import.meta.dirname, '../../dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'category'].includes(name),
});

function feedsIn(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? feedsIn(join(dir, e.name)) : e.name === 'rss.xml' ? [relative(dist, join(dir, e.name))] : [],
  );
}

const itemsOf = (path: string) =>
  (parser.parse(read(path)).rss.channel.item ?? []) as {
    title: string;
    link: string;
    pubDate: string;
    category?: string[];
  }[];

describe('feeds', () => {
  const feeds = feedsIn(dist);

  it('there is a site feed, one per fed collection, per department and per theme, and by type under each', () => {
    for (const path of [
      'rss.xml',
      'practicas/rss.xml',
      'lecciones/rss.xml',
      'oferta/rss.xml',
      'territorio/27-choco/rss.xml',
      'territorio/27-choco/lecciones/rss.xml',
      'temas/participacion-ciudadana/rss.xml',
      'temas/participacion-ciudadana/lecciones/rss.xml',
      'territorio/27-choco/temas/participacion-ciudadana/lecciones/rss.xml',
    ]) {
      expect(feeds).toContain(path);
    }
    // Every department has its feed of everything; feeds by type exist only where there is content.
    expect(feeds.filter((f) => /^territorio\/[^/]+\/rss\.xml$/.test(f)).length).toBe(33);
    // The feeds of new needs (/demanda/…) exist for every department and theme, even before a first need.
    for (const path of feeds.filter((f) => f.split('/').length > 3 && !f.startsWith('demanda/')))
      expect(itemsOf(path).length, path).toBeGreaterThan(0);
  });

  it('a feed by type carries only that type, at most FEED_SIZE items', () => {
    for (const path of feeds) {
      const items = itemsOf(path);
      expect(items.length, path).toBeLessThanOrEqual(FEED_SIZE);
      const type = path.match(/(practicas|lecciones|oferta)\/rss\.xml$/)?.[1];
      const word = { practicas: 'Buena práctica', lecciones: 'Lección aprendida', oferta: 'Oferta' }[type ?? ''];
      if (word) for (const item of items) expect(item.title.startsWith(word), `${path}: ${item.title}`).toBe(true);
    }
  });

  it.each(feedsIn(dist))('%s is valid RSS with dated items linking to built pages', (path) => {
    const xml = read(path);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.title).toBeTruthy();
    expect(channel['atom:link']['@_href']).toMatch(new RegExp(`/${path.replace(/\./g, '\\.')}$`));
    const items = itemsOf(path);
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    for (const [i, item] of items.entries()) {
      expect(Number.isNaN(dates[i]), item.pubDate).toBe(false);
      expect(existsSync(join(dist, new URL(item.link).pathname, 'index.html')), item.link).toBe(true);
    }
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('the Chocó feed follows Chocó and its municipalities, not other departments', () => {
    const titles = itemsOf('territorio/27-choco/rss.xml').map((i) => i.title);
    expect(titles.some((t) => t.includes('Quibdó'))).toBe(true);
    const all = itemsOf('rss.xml');
    expect(titles.length).toBeLessThan(all.length);
    expect(itemsOf('practicas/rss.xml').every((i) => i.title.startsWith('Buena práctica'))).toBe(true);
  });

  it('a page’s feed link leads to a subscription page, never to raw XML, and the page gives the address', () => {
    for (const [page, subscribe] of [
      ['index.html', '/suscribirse/'],
      ['practicas/index.html', '/suscribirse/'],
      ['territorio/27-choco/index.html', '/territorio/27-choco/suscribirse/'],
      ['territorio/27001-quibdo/index.html', '/territorio/27-choco/suscribirse/'],
      ['temas/participacion-ciudadana/index.html', '/temas/participacion-ciudadana/suscribirse/'],
    ] as const) {
      const html = read(page);
      expect(html, page).not.toMatch(/<a [^>]*href="[^"]*\.xml[#"]/);
      expect(html, page).toContain(`href="${subscribe}`);
    }
    expect(read('territorio/27-choco/suscribirse/index.html')).toMatch(
      /<code[^>]*>https:\/\/[^<]+\/territorio\/27-choco\/lecciones\/rss\.xml<\/code>/,
    );
  });

  it('pages announce their feed with <link rel="alternate">', () => {
    for (const [page, feed] of [
      ['index.html', '/rss.xml'],
      ['practicas/index.html', '/practicas/rss.xml'],
      ['territorio/27-choco/index.html', '/territorio/27-choco/rss.xml'],
      ['territorio/27001-quibdo/index.html', '/territorio/27-choco/rss.xml'],
      ['temas/participacion-ciudadana/index.html', '/temas/participacion-ciudadana/rss.xml'],
    ] as const) {
      expect(read(page), page).toMatch(
        new RegExp(`<link rel="alternate" type="application/rss\\+xml" title="[^"]+" href="${feed}"`),
      );
    }
  });
});

describe('sitemap', () => {
  it('lists every built page and only built pages', () => {
    const xml = read('sitemap.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = (parser.parse(xml).urlset.url as { loc: string }[]).map((u) => new URL(u.loc).pathname);
    for (const path of [
      '/',
      '/planes/plan-choco-atrato-rendicion-de-cuentas/',
      '/avance/',
      '/avance/27-choco/',
      '/datos/',
    ])
      expect(urls).toContain(path);
    expect(urls).not.toContain('/404/');
    // The editors' CMS is not a page for readers or search engines (issue 16 §5).
    expect(urls.filter((u) => u.startsWith('/admin'))).toEqual([]);
    for (const path of urls) expect(existsSync(join(dist, path, 'index.html')), path).toBe(true);
  });
});
