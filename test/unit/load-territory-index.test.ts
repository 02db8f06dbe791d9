/**
 * The ways into the territory pages and the national offers' one list, run on a handful of
 * entries with the content module mocked.
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

const { loadTerritoryIndex, loadTerritoryMap, loadPlaces } =
  await import('../../src/features/territory/load-territory-index.ts');
const { nationalOfferPaths, loadNationalOffersPage } =
  await import('../../src/features/territory/load-national-offers-page.ts');

describe('the ways into the territory pages', () => {
  it('lists the departments by name, each with its municipalities with content by name', async () => {
    const { departments, placesUrl, mapHref } = await loadTerritoryIndex();
    expect(departments.map((d) => [d.name, d.municipalities.map((m) => m.name)])).toEqual([
      ['Antioquia', []],
      ['Chocó', ['Bojayá', 'Quibdó']],
    ]);
    expect([placesUrl, mapHref]).toEqual(['/territorio/lugares.json', '/territorio/mapa/']);
  });

  it('counts on the map what lies within a department and the offers addressed to it, never the national ones', async () => {
    const map = await loadTerritoryMap();
    // Chocó: two practices and a lesson within it; offers for Quibdó, for Chocó and for the Pacific region.
    expect(map.map((d) => [d.code, d.count, d.level])).toEqual([
      ['05', 2, 1],
      ['27', 6, 3],
    ]);
  });

  it('gives the search every place with a page, and a municipality its department', async () => {
    const places = await loadPlaces();
    expect(places.find((p) => p.code === '27001')).toEqual({
      code: '27001',
      name: 'Quibdó',
      department: 'Chocó',
      href: '/territorio/27001-quibdo/',
    });
    expect(places.find((p) => p.code === '27')).toEqual({ code: '27', name: 'Chocó', href: '/territorio/27-choco/' });
    expect(places.map((p) => p.code)).not.toContain('27150');
  });

  it('lists the national offers of each phase once, by title, for every territory', async () => {
    const paths = await nationalOfferPaths(paginate);
    expect(paths.map((p) => [p.params.id, (p.props.page.data as { title: string }[]).map((c) => c.title)])).toEqual([
      ['planeacion', ['a-nacional', 'b-nacional']],
      ['ejecucion', ['a-nacional']],
    ]);
    const model = loadNationalOffersPage(paths[0]!.props as never);
    expect(model.count).toBe(
      '2 ofertas de alcance nacional sirven a este momento del ciclo; llegan a todos los territorios.',
    );
    expect(model.owner.href).toBe('/ciclo/planeacion/');
    expect(model.page.base).toBe('/ciclo/planeacion/oferta-nacional/');
  });
});
