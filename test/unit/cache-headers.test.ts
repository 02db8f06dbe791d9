import { describe, expect, it } from 'vitest';
import { IMMUTABLE, unhashedFiles } from '../../src/audit/cache-headers.ts';
import { headersFor } from '../../src/audit/headers-file.ts';
import { headerRules } from '../../src/audit/security-headers.ts';
import { page, writeSite } from '../helpers/fixture-site.ts';

const rules = headerRules({ scriptHashes: [], styleHashes: [], styleAttributeHashes: [], eventHandlers: [] });
const cacheOf = (path: string) => headersFor(rules, path)['cache-control'];

describe('how long browsers keep files', () => {
  it('keeps hashed assets and Pagefind’s index, filter and result files for a year', () => {
    for (const path of [
      '/_astro/slug.DDXyHcA7.js',
      '/_astro/foto.C4rc06N5_Z1VVjK0.webp',
      '/pagefind/index/es_43c064f.pf_index',
      '/pagefind/fragment/es_5c39efd.pf_fragment',
      '/pagefind/filter/es_87ed761.pf_filter',
    ])
      expect(cacheOf(path), path).toBe(IMMUTABLE);
  });

  it('leaves pages and Pagefind’s unhashed files to the host’s default, which revalidates', () => {
    for (const path of [
      '/',
      '/practicas/x/',
      '/buscar/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.es.pagefind',
      '/pagefind/pagefind.es_c8879bf348.pf_meta',
      '/admin/cms/index.js',
    ])
      expect(cacheOf(path), path).toBeUndefined();
  });

  it('finds a file without a content hash in a folder served as immutable', () => {
    const dist = writeSite({
      'index.html': page({}),
      '_astro/slug.DDXyHcA7.js': '',
      '_astro/logo.svg': '<svg/>',
      'pagefind/fragment/es_5c39efd.pf_fragment': '',
      'pagefind/fragment/ultimo.pf_fragment': '',
      'pagefind/pagefind.js': '',
    });
    expect(unhashedFiles(dist)).toEqual(['/_astro/logo.svg', '/pagefind/fragment/ultimo.pf_fragment']);
  });
});
