/** Which pages the dev server indexes for search under `npm start` (src/integrations/pagefind-dev.ts). */
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { crawlSeeds, linksOf, searchedPath, serverBase } from '../../src/integrations/pagefind-dev.ts';
import { searchedCollections } from '../../src/features/search/search-options.ts';
import { collectionHref, entryHref } from '../../src/core/urls.ts';

describe('dev search crawl', () => {
  it('starts at the listing of every searched collection that has one', () => {
    expect(crawlSeeds()).toContain(collectionHref('practices'));
    expect(crawlSeeds()).toContain(collectionHref('offers'));
    expect(crawlSeeds()).toHaveLength(searchedCollections.filter((c) => c !== 'modules').length);
  });

  it('follows pages of searched collections only, the most specific route deciding', () => {
    expect(searchedPath(entryHref('practices', 'x'))).toBe(true);
    expect(searchedPath(`${collectionHref('courses')}curso/modulo-1/`)).toBe(true);
    expect(searchedPath(entryHref('events', 'jornada'))).toBe(false);
    expect(searchedPath(collectionHref('territories'))).toBe(false);
    expect(searchedPath(`${collectionHref('offers')}catalogo.json`)).toBe(false);
  });

  it('reads internal links without query or fragment', () => {
    const html =
      '<a href="/practicas/a/">a</a><a class="x" href="../b/#top">b</a><a href="/oferta/?tipo=x">c</a><a href="https://example.org/practicas/">d</a>';
    expect(linksOf(html, 'http://127.0.0.1:4321/practicas/z/')).toEqual(['/practicas/a/', '/practicas/b/']);
  });

  it('reaches the dev server on the address it listens on', () => {
    expect(serverBase({ address: '127.0.0.1', family: 'IPv4', port: 4321 } as AddressInfo)).toBe(
      'http://127.0.0.1:4321',
    );
    expect(serverBase({ address: '::', family: 'IPv6', port: 4321 } as AddressInfo)).toBe('http://[::1]:4321');
  });
});
