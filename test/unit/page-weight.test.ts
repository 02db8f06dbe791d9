import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/audit/built-site.ts';
import { budgets, checkBudgets, measurePage } from '../../src/audit/page-weight.ts';
import { page, writeSite, type SiteFiles } from '../helpers/fixture-site.ts';

/** The header of a WebP file of the given pixel size (VP8X chunk), which is all the gate reads. */
function webp(width: number, height: number): Buffer {
  const b = Buffer.alloc(30);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(22, 4);
  b.write('WEBPVP8X', 8, 'ascii');
  b.writeUInt32LE(10, 16);
  b.writeUIntLE(width - 1, 24, 3);
  b.writeUIntLE(height - 1, 27, 3);
  return b;
}
/** Text that compresses badly, like a page full of distinct words would. */
const incompressible = (bytes: number) => randomBytes(bytes).toString('base64');

const img = (attrs: string) => `<img alt="Foto" ${attrs}>`;
const valid: SiteFiles = {
  'index.html': page({
    body:
      img('src="/_astro/a.webp" width="640" height="400"') +
      img('src="/_astro/b.svg" width="10" height="10" loading="lazy"'),
  }),
  'practicas/uno/index.html': page({ body: '<h1>Práctica</h1>' }),
  'buscar/index.html': page({
    body: '<script type="module" src="/_astro/buscar.js"></script><script type="module" src="/pagefind/pagefind.js"></script>',
  }),
  '_astro/buscar.js': 'import{x}from"./chunk.js";x();',
  '_astro/chunk.js': 'export const x=()=>1;',
  'pagefind/pagefind.js': `export const big="${incompressible(60_000)}";`,
  '_astro/a.webp': webp(1280, 800),
  '_astro/b.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};
const problemsIn = (files: SiteFiles) => {
  const dist = writeSite(files);
  return checkBudgets(dist, readBuiltSite(dist)).map((p) => ({ page: p.page, check: p.check }));
};

describe('page-weight budgets', () => {
  it('pass on a light site', () => {
    expect(problemsIn(valid)).toEqual([]);
  });

  it('measure an island’s own code, following its imports, apart from third-party runtimes', () => {
    const dist = writeSite(valid);
    const search = readBuiltSite(dist).find((p) => p.path === '/buscar/')!;
    const w = measurePage(dist, search);
    expect(w.island).toBe(true);
    expect(w.jsFiles).toEqual(['/_astro/buscar.js', '/_astro/chunk.js', '/pagefind/pagefind.js']);
    expect(w.ownJs.raw).toBe(valid['_astro/buscar.js']!.length + valid['_astro/chunk.js']!.length);
    expect(w.thirdPartyJs.gzip).toBeGreaterThan(budgets.islandJs);
  });

  it('fail when render-blocking CSS exceeds 14 KB compressed, inline or linked', () => {
    const css = `body{content:"${incompressible(15_000)}"}`;
    expect(problemsIn({ ...valid, 'acerca/index.html': page({ head: `<style>${css}</style>` }) })).toEqual([
      { page: '/acerca/', check: 'render-blocking-css' },
    ]);
    expect(
      problemsIn({
        ...valid,
        'acerca/index.html': page({
          head: '<link rel="stylesheet" href="/_astro/x.css"><link rel="stylesheet" media="print" href="/_astro/print.css">',
        }),
        '_astro/x.css': css,
        '_astro/print.css': css,
      }),
    ).toEqual([{ page: '/acerca/', check: 'render-blocking-css' }]);
  });

  it('fail when a practice page’s HTML and CSS exceed 40 KB compressed', () => {
    expect(
      problemsIn({ ...valid, 'practicas/uno/index.html': page({ body: `<p>${incompressible(45_000)}</p>` }) }),
    ).toEqual([{ page: '/practicas/uno/', check: 'practice-page' }]);
  });

  it('fail on any JavaScript on a content page, inline or external, but not on data blocks', () => {
    expect(problemsIn({ ...valid, 'acerca/index.html': page({ body: '<script>console.log(1)</script>' }) })).toEqual([
      { page: '/acerca/', check: 'content-js' },
    ]);
    expect(
      problemsIn({
        ...valid,
        'acerca/index.html': page({ body: '<script type="module" src="/_astro/chunk.js"></script>' }),
      }),
    ).toEqual([{ page: '/acerca/', check: 'content-js' }]);
    expect(
      problemsIn({
        ...valid,
        'acerca/index.html': page({ body: '<script src="https://cdn.example.com/x.js"></script>' }),
      }),
    ).toEqual([{ page: '/acerca/', check: 'content-js' }]);
    expect(
      problemsIn({
        ...valid,
        'acerca/index.html': page({ head: '<script type="application/ld+json">{"@type":"Article"}</script>' }),
      }),
    ).toEqual([]);
  });

  it('let a content page carry a script only inside a declared island, within the island budget', () => {
    const withVideo = page({
      body: '<figure data-island="video"><a href="/v.mp4">Ver</a></figure><script>document.title</script>',
    });
    expect(problemsIn({ ...valid, 'acerca/index.html': withVideo })).toEqual([]);
    const heavy = page({
      body: `<figure data-island="video"></figure><script>const x="${incompressible(40_000)}"</script>`,
    });
    expect(problemsIn({ ...valid, 'acerca/index.html': heavy })).toEqual([{ page: '/acerca/', check: 'island-js' }]);
  });

  it('fail when an island’s own code exceeds 30 KB compressed', () => {
    expect(problemsIn({ ...valid, '_astro/chunk.js': `export const x=()=>"${incompressible(40_000)}";` })).toEqual([
      { page: '/buscar/', check: 'island-js' },
    ]);
  });

  it.each([
    ['an old format', img('src="/_astro/c.jpg" width="10" height="10"'), { '_astro/c.jpg': 'x' }],
    ['no width and height', img('src="/_astro/b.svg"'), {}],
    [
      'a second image that is not lazy',
      img('src="/_astro/b.svg" width="10" height="10"') + img('src="/_astro/b.svg" width="10" height="10"'),
      {},
    ],
    ['an image far larger than it is shown', img('src="/_astro/a.webp" width="320" height="200"'), {}],
    [
      'an oversized srcset candidate',
      img('src="/_astro/b.svg" srcset="/_astro/a.webp 720w" width="320" height="200"'),
      {},
    ],
    ['an image from another site', img('src="https://example.com/a.webp" width="10" height="10"'), {}],
  ])('fail on images with %s', (_, body, extra) => {
    expect(problemsIn({ ...valid, ...extra, 'acerca/index.html': page({ body }) })).toEqual([
      { page: '/acerca/', check: 'images' },
    ]);
  });
});

describe('own code and bundled packages', () => {
  it('count only our share of a chunk the bundler mixed with npm code, as recorded by the build', () => {
    const files = { ...valid, '_astro/chunk.js': `export const x=()=>"${incompressible(80_000)}";` };
    const dist = writeSite(files);
    const pages = readBuiltSite(dist);
    expect(checkBudgets(dist, pages).map((p) => p.check)).toEqual(['island-js']);
    const origins = { '/_astro/chunk.js': { own: 1_000, thirdParty: 99_000 } };
    expect(checkBudgets(dist, pages, origins)).toEqual([]);
    const w = measurePage(
      dist,
      pages.find((p) => p.path === '/buscar/')!,
      origins,
    );
    expect(w.ownJs.gzip).toBeLessThan(w.thirdPartyJs.gzip / 50);
  });
});
