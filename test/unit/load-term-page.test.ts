/**
 * The theme and phase pages' loaders, run on a handful of entries with the content module
 * mocked: what each term's page lists, what the indexes count, and which pages have a feed.
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

const { loadTermIndex, loadTermPage, termPaths, termSectionPaths, loadTermSectionPage } =
  await import('../../src/features/terms/load-term-page.ts');

describe('the theme and phase pages', () => {
  it('indexes the themes in their order, each with its description and the count of what it classifies', async () => {
    expect(await loadTermIndex('themes')).toEqual({
      title: 'Temas',
      terms: [
        { name: 'Finanzas', href: '/temas/finanzas/', description: undefined, total: 1 },
        { name: 'Agua', href: '/temas/agua/', description: 'Acueductos y saneamiento.', total: 4 },
      ],
    });
    expect((await termPaths('themes')).map((p) => p.params.id)).toEqual(['finanzas', 'agua']);
  });

  it("lists a theme's entries by collection, with the theme's feed", async () => {
    const page = await loadTermPage('themes', 'agua');
    expect(page.sections.map((s) => [s.slug, s.cards.map((c) => c.title)])).toEqual([
      ['practicas', ['huertas-quibdo']],
      ['lecciones', ['leccion-choco']],
      ['oferta', ['a-nacional']],
      ['formacion', ['curso-agua']],
    ]);
    // National offers are listed apart only under a phase, whose territory pages link there.
    expect(page.sections.find((s) => s.slug === 'oferta')!.elsewhere).toBeUndefined();
    expect(page.feed).toEqual({
      title: expect.stringContaining('Agua'),
      href: '/temas/agua/rss.xml',
      page: '/temas/agua/suscribirse/',
    });
    expect(page.trail).toEqual([{ href: '/temas/', text: 'Temas' }]);
  });

  it("links a phase's national offers to their one list, and gives phases no feed", async () => {
    const page = await loadTermPage('phases', 'planeacion');
    const offers = page.sections.find((s) => s.slug === 'oferta')!;
    expect(offers.cards).toHaveLength(4);
    expect(offers.elsewhere).toEqual({
      text: 'De ellas, 2 de alcance nacional, que llegan a todos los territorios',
      href: '/ciclo/planeacion/oferta-nacional/',
    });
    expect(page.feed).toBeUndefined();
  });

  it('pages only sections longer than their preview, and a section page words its count', async () => {
    expect(await termSectionPaths('phases', paginate)).toEqual([]);
    const cards = Array.from({ length: 6 }, (_, i) => ({
      href: `/oferta/o${i}/`,
      title: `o${i}`,
      summary: '',
      kicker: 'Oferta',
      meta: [],
    }));
    const [first] = paginate(cards, { pageSize: 24 });
    const model = loadTermSectionPage({
      classifier: 'phases',
      term: { id: 'planeacion', name: 'Planeación' },
      section: { slug: 'oferta', title: 'Oferta institucional', count: 'list.offers' },
      page: first!.props.page as never,
    });
    expect(model.count).toBe('6 ofertas');
    expect(model.page.base).toBe('/ciclo/planeacion/oferta/');
    expect(model.trail).toEqual([{ href: '/ciclo/', text: expect.any(String) }]);
  });
});
