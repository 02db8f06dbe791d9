/**
 * The catalogue pages' loaders, run on a handful of offers with the content module mocked:
 * every value and pair page lists what the value's count on the catalogue promised, and says so.
 */
import { describe, expect, it, vi } from 'vitest';
import { paginate } from './support/paginate.ts';

vi.mock('../../src/core/content.ts', async () => {
  const { store } = await import('./fixtures/place-content.ts');
  return (await import('./support/fake-content.ts')).fakeContentModule(() => store);
});
// The publishing feature's entry point still reaches Astro's content layer outside core/content.ts.
vi.mock('astro:content', () => ({
  getCollection: () => {
    throw new Error('read through core/content.ts');
  },
}));

const { cataloguePaths, loadCataloguePage, selectionPaths, loadSelectionPage, loadCatalogueData } =
  await import('../../src/features/catalogue/load-catalogue-page.ts');

type Props<F extends (...a: never[]) => unknown> = Parameters<F>[0];

describe('the catalogue pages', () => {
  it('opens with every published offer, the island on its first page and the feed', async () => {
    const [home] = await cataloguePaths(paginate);
    const model = loadCataloguePage(home!.props as Props<typeof loadCataloguePage>);
    expect(model.items.map((i) => i.id)).toEqual([
      'a-nacional',
      'b-nacional',
      'z-quibdo',
      'm-choco',
      'p-pacifico',
      'antioquia',
    ]);
    expect(model.interactive).toBe(true);
    expect(model.trail).toEqual([]);
    expect(model.feed).toEqual({ title: expect.any(String), href: '/oferta/rss.xml' });
  });

  it('gives each value a page that lists as many offers as its count on the catalogue says, and says it', async () => {
    const [home] = await cataloguePaths(paginate);
    const counts = new Map(
      loadCataloguePage(home!.props as Props<typeof loadCataloguePage>).facets.flatMap((f) =>
        f.options.map((o) => [o.href, o.count] as const),
      ),
    );
    const pages = (await selectionPaths(paginate, 1)).map((p) =>
      loadSelectionPage(p.props as Props<typeof loadSelectionPage>),
    );
    expect(pages.length).toBe(counts.size);
    for (const page of pages) {
      expect(page.items.length).toBe(counts.get(page.page.base));
      expect(page.lead).toContain(page.items.length === 1 ? '1 oferta.' : `${page.items.length} ofertas.`);
    }
    const choco = pages.find((p) => p.page.base === '/oferta/departamento/27-choco/')!;
    // National offers reach Chocó, and so does the Pacific region's; Antioquia's does not.
    expect(choco.items.map((i) => i.id).sort()).toEqual([
      'a-nacional',
      'b-nacional',
      'm-choco',
      'p-pacifico',
      'z-quibdo',
    ]);
    expect(choco.heading).toBe('Oferta institucional · Chocó');
    expect(choco.trail).toEqual([{ href: '/oferta/', text: 'Oferta institucional' }]);
    expect(choco.chosen).toEqual([{ name: 'Chocó', removeHref: '/oferta/' }]);
  });

  it('gives pairs of values of two facets a page named after both, whose list is what both filters keep', async () => {
    const pairs = (await selectionPaths(paginate, 2)).map((p) =>
      loadSelectionPage(p.props as Props<typeof loadSelectionPage>),
    );
    const pair = pairs.find((p) => p.page.base === '/oferta/tipo/herramienta/alcance/departamental/')!;
    expect(pair.items.map((i) => i.id)).toEqual(['m-choco']);
    expect(pair.heading).toBe('Oferta institucional · Herramienta · Departamental');
    expect(pair.lead).toContain('1 oferta.');
  });

  it('packs the same offers for the island', async () => {
    expect((await loadCatalogueData()).items.map((o) => o[0])).toEqual([
      'a-nacional',
      'b-nacional',
      'z-quibdo',
      'm-choco',
      'p-pacifico',
      'antioquia',
    ]);
  });
});
