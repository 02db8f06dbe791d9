/**
 * The loader of a municipality's «Oferta para territorios como este», run with the content
 * module mocked: the place-page fixture, with Bojayá given a PDET profile and three offers with
 * a differential focus. The section lists the reaching offers aimed at its profile, each saying
 * why; the page's general lists lose the offer its profile contradicts; a department keeps it.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/core/content.ts', async () => {
  const { store } = await import('./fixtures/place-content.ts');
  const focused = (id: string, focus: Record<string, unknown>) => ({
    id,
    data: {
      status: 'published',
      title: id,
      summary: `Resumen de ${id}`,
      themes: [],
      phases: [{ id: 'planeacion' }],
      capacityLevels: [],
      valueGroups: [],
      entity: { id: 'dnp' },
      type: 'herramienta',
      modality: 'virtual',
      publishedAt: new Date('2026-01-01'),
      territorialFocus: { scope: 'departamental', territories: [{ id: '27' }], regions: [], ...focus },
    },
  });
  const profiled = {
    ...store,
    territories: store.territories!.map((t) =>
      t.id === '27099' ? { ...t, data: { ...t.data, pdetSubregion: 'Chocó', category: '6', capacityGroup: 'G5' } } : t,
    ),
    offers: [
      ...store.offers!,
      focused('para-pdet', { pdet: true }),
      focused('para-g5-sexta', { capacityGroups: ['G4', 'G5'], categories: ['6'] }),
      focused('para-g1', { capacityGroups: ['G1'] }),
    ],
  };
  return (await import('./support/fake-content.ts')).fakeContentModule(() => profiled);
});
vi.mock('astro:content', () => ({
  getCollection: () => {
    throw new Error('read through core/content.ts');
  },
}));

const { loadTerritoryPage } = await import('../../src/features/territory/load-territory-page.ts');

const hrefsOf = (groups: { offers: { href: string }[] }[]) => groups.flatMap((g) => g.offers.map((o) => o.href));

describe('«Oferta para territorios como este»', () => {
  it('lists, on a PDET municipality, the reaching offers aimed at its profile, each saying why', async () => {
    const page = await loadTerritoryPage('27099');
    expect(page.offersLikeThis.map((o) => [o.card.href, o.card.kicker])).toEqual([
      ['/oferta/para-g5-sexta/', 'Para municipios del grupo G5 · Para municipios de categoría 6'],
      ['/oferta/para-pdet/', 'Para municipios PDET'],
    ]);
    expect(hrefsOf(page.offerGroups)).not.toContain('/oferta/para-g1/');
  });

  it('shows nothing on a municipality with no profile, which keeps the offers whose fit is unknown', async () => {
    const page = await loadTerritoryPage('27001');
    expect(page.offersLikeThis).toEqual([]);
    expect(hrefsOf(page.offerGroups)).toEqual(expect.arrayContaining(['/oferta/para-pdet/', '/oferta/para-g1/']));
  });

  it('shows nothing on a department, which every focused offer reaches', async () => {
    const page = await loadTerritoryPage('27');
    expect(page.offersLikeThis).toEqual([]);
    expect(hrefsOf(page.offerGroups)).toEqual(
      expect.arrayContaining(['/oferta/para-pdet/', '/oferta/para-g5-sexta/', '/oferta/para-g1/']),
    );
  });
});
