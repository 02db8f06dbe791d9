/**
 * The territory pages' loaders, run on a handful of entries with the content module mocked:
 * what a territory page lists, in what order, and what the pages of its whole lists say.
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

const { loadTerritoryPage, territoryPaths } = await import('../../src/features/territory/load-territory-page.ts');
const { loadTerritorySectionPage, territorySectionPaths, territoryPhasePaths, loadTerritoryPhasePage } =
  await import('../../src/features/territory/load-territory-section-page.ts');

describe('the territory pages', () => {
  it('has a page for every department and for each municipality some content points at', async () => {
    expect((await territoryPaths()).map((p) => p.params.slug)).toEqual([
      '05-antioquia',
      '27-choco',
      '27001-quibdo',
      '27099-bojaya',
    ]);
  });

  it('lists the offers aimed at a municipality, nearest first, and only counts the national ones with a link to their one list', async () => {
    const page = await loadTerritoryPage('27001');
    const offers = page.sections.find((s) => s.slug === 'oferta')!;
    expect(offers.cards.map((c) => c.href)).toEqual(['/oferta/z-quibdo/', '/oferta/m-choco/', '/oferta/p-pacifico/']);
    expect(offers.lead).toBe(
      '5 ofertas llegan aquí: 3 dirigidas a este territorio, a su departamento o a su región y 2 de alcance nacional.',
    );
    expect(offers.elsewhere).toEqual({
      text: 'Además, 2 ofertas de alcance nacional llegan a todo el país',
      href: '/oferta/alcance/nacional/',
    });
  });

  it('groups the offers by phase in cycle order, aimed at the place before national ones', async () => {
    const { offerGroups } = await loadTerritoryPage('27001');
    expect(offerGroups.map((g) => [g.name, g.offers.map((o) => o.title)])).toEqual([
      ['Planeación', ['z-quibdo', 'm-choco', 'a-nacional', 'b-nacional']],
      ['Ejecución', ['p-pacifico', 'a-nacional']],
    ]);
    expect(offerGroups[0]!.offers[0]!.meta).toBe('ESAP · Alcance territorial: Municipal');
    expect(offerGroups[0]!.count).toBe(
      '4 ofertas: 2 dirigidas a este territorio, a su departamento o a su región y 2 de alcance nacional.',
    );
  });

  it("gives a municipality its own entries, the practices it replicated, its department's entries and the department's feed", async () => {
    const page = await loadTerritoryPage('27001');
    expect(page.sections.map((s) => [s.slug, s.cards.map((c) => c.title)])).toEqual([
      ['practicas', ['huertas-quibdo']],
      ['replicadas', ['acueducto-bojaya']],
      ['departamento', ['acueducto-bojaya', 'leccion-choco']],
      ['oferta', ['z-quibdo', 'm-choco', 'p-pacifico']],
    ]);
    expect(page.trail.map((c) => c.text)).toEqual(['Territorios', 'Chocó']);
    expect(page.department).toEqual({ name: 'Chocó', href: '/territorio/27-choco/' });
    expect(page.feed).toEqual({
      title: expect.stringContaining('Chocó'),
      href: '/territorio/27-choco/rss.xml',
      page: '/territorio/27-choco/suscribirse/',
    });
    expect(page.municipalities).toEqual([]);
  });

  it('lists a department’s municipalities with content by name, and everything within it as its own', async () => {
    const page = await loadTerritoryPage('27');
    expect(page.municipalities.map((m) => m.name)).toEqual(['Bojayá', 'Quibdó']);
    expect(page.sections.find((s) => s.slug === 'practicas')!.cards.map((c) => c.title)).toEqual([
      'huertas-quibdo',
      'acueducto-bojaya',
    ]);
    expect(page.sections.map((s) => s.slug)).not.toContain('departamento');
    expect(page.feed.href).toBe('/territorio/27-choco/rss.xml');
  });

  it('pages only the lists longer than their preview, and a section page words its count and keeps its address', async () => {
    expect(await territorySectionPaths(paginate)).toEqual([]);
    expect(await territoryPhasePaths(paginate)).toEqual([]);
    const cards = Array.from({ length: 7 }, (_, i) => ({
      href: `/practicas/p${i}/`,
      title: `p${i}`,
      summary: '',
      kicker: 'Práctica',
      meta: [],
    }));
    const [first] = paginate(cards, { pageSize: 24 });
    const model = await loadTerritorySectionPage({
      code: '27001',
      section: { slug: 'practicas', title: 'Buenas prácticas', count: 'list.practices' },
      page: first!.props.page as never,
    });
    expect(model.count).toBe('7 buenas prácticas');
    expect(model.page).toEqual({ current: 1, last: 1, total: 7, base: '/territorio/27001-quibdo/practicas/' });
    expect(model.owner).toEqual({ name: 'Quibdó', href: '/territorio/27001-quibdo/', kicker: 'Municipio' });
    const phase = await loadTerritoryPhasePage({
      code: '27001',
      phase: { id: 'planeacion', name: 'Planeación' },
      national: 2,
      page: first!.props.page as never,
    });
    expect(phase.section).toBe('Oferta de planeación para Quibdó');
    expect(phase.elsewhere).toEqual({
      text: 'Además, 2 ofertas de planeación de alcance nacional',
      href: '/ciclo/planeacion/oferta-nacional/',
    });
    expect(phase.page.base).toBe('/territorio/27001-quibdo/ciclo/planeacion/');
  });
});
