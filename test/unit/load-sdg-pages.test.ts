/**
 * The SDG pages' loaders (features/sdg), run on a few entries with the content module mocked:
 * each goal's page lists exactly the published entries naming it, by kind, each card saying which
 * of the goal's targets it names; the index counts them; a long section is paged.
 */
import { describe, expect, it, vi } from 'vitest';
import { paginate } from './support/paginate.ts';
import type { FakeEntry, FakeStore } from './support/fake-content.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const term = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, data: { name, ...extra } });
const entry = (id: string, data: Record<string, unknown>, status = 'published'): FakeEntry => ({
  id,
  data: { title: id, summary: `Resumen de ${id}`, status, publishedAt: day('2025-03-01'), ...data },
});

let store: FakeStore;
vi.mock('../../src/core/content.ts', async () =>
  (await import('./support/fake-content.ts')).fakeContentModule(() => store),
);

const { loadSdgIndex, loadSdgGoalPage, sdgGoalPaths, sdgSectionPaths, loadSdgSectionPage } =
  await import('../../src/features/sdg/index.ts');

function baseStore(): FakeStore {
  return {
    territories: [term('27', 'Chocó'), term('27001', 'Quibdó')],
    sdg: [
      term('16', 'Paz, justicia e instituciones sólidas', { number: 16, targets: ['16.1', '16.6', '16.7', '16.a'] }),
      term('6', 'Agua limpia y saneamiento', { number: 6, targets: ['6.1', '6.2', '6.a'] }),
      term('13', 'Acción por el clima', { number: 13, targets: ['13.1'] }),
    ],
    practices: [
      entry('acueducto', { territories: [{ id: '27001' }], sdg: [{ id: '6' }], sdgTargets: ['6.1'] }),
      entry('rendicion', {
        territories: [{ id: '27001' }],
        sdg: [{ id: '6' }, { id: '16' }],
        sdgTargets: ['16.7', '6.2'],
      }),
      entry('borrador-agua', { sdg: [{ id: '6' }], sdgTargets: [] }, 'draft'),
      entry('sin-ods', { territories: [{ id: '27' }] }),
    ],
    lessons: [],
    offers: [entry('oferta-agua', { sdg: [{ id: '6' }], sdgTargets: [] })],
    agendas: [],
    plans: [entry('plan-transparencia', { territories: [{ id: '27' }], sdg: [{ id: '16' }], sdgTargets: ['16.6'] })],
    needs: [entry('necesidad-agua', { territories: [{ id: '27' }], sdg: [{ id: '6' }], sdgTargets: ['6.1', '6.a'] })],
  };
}

describe('the SDG pages', () => {
  it('indexes the goals by number, each counting the published entries that name it', async () => {
    store = baseStore();
    const index = await loadSdgIndex();
    expect(index.goals).toEqual([
      { number: '6', name: 'Agua limpia y saneamiento', href: '/ods/6/', total: 4 },
      { number: '13', name: 'Acción por el clima', href: '/ods/13/', total: 0 },
      { number: '16', name: 'Paz, justicia e instituciones sólidas', href: '/ods/16/', total: 2 },
    ]);
    expect((await sdgGoalPaths()).map((p) => p.params.goal)).toEqual(['6', '13', '16']);
  });

  it("lists a goal's entries by kind, without drafts, each card naming the goal's targets it names", async () => {
    store = baseStore();
    const page = await loadSdgGoalPage('6');
    expect(page.title).toBe('ODS 6: Agua limpia y saneamiento');
    expect(page.trail).toEqual([{ href: '/ods/', text: 'Objetivos de Desarrollo Sostenible' }]);
    expect(page.targets).toEqual(['6.1', '6.2', '6.a']);
    expect(page.sections.map((s) => [s.slug, s.cards.map((c) => [c.href, c.meta])])).toEqual([
      [
        'practicas',
        [
          ['/practicas/acueducto/', ['Quibdó', 'Metas: 6.1']],
          // Only goal 6's targets: 16.7 belongs to the page of goal 16.
          ['/practicas/rendicion/', ['Quibdó', 'Metas: 6.2']],
        ],
      ],
      ['oferta', [['/oferta/oferta-agua/', []]]],
      ['demanda', [['/demanda/necesidad-agua/', ['Chocó', 'Metas: 6.1, 6.a']]]],
    ]);
    const plans = (await loadSdgGoalPage('16')).sections.find((s) => s.slug === 'planes')!;
    expect(plans.cards.map((c) => c.meta)).toEqual([['Chocó', 'Metas: 16.6']]);
    expect((await loadSdgGoalPage('13')).sections).toEqual([]);
  });

  it('pages a section longer than its preview, every entry once', async () => {
    store = baseStore();
    store.practices = Array.from({ length: 30 }, (_, i) =>
      entry(`practica-${i}`, { sdg: [{ id: '16' }], sdgTargets: i % 2 ? ['16.a'] : [] }),
    );
    const paths = await sdgSectionPaths(paginate);
    expect(paths.map((p) => [p.params.goal, p.params.section, p.params.page])).toEqual([
      ['16', 'practicas', undefined],
      ['16', 'practicas', 'pagina/2'],
    ]);
    const pages = paths.map((p) => loadSdgSectionPage(p.props as never));
    expect(pages[0]!.count).toBe('30 buenas prácticas');
    expect(pages[0]!.owner.href).toBe('/ods/16/');
    const hrefs = pages.flatMap((p) => p.cards.map((c) => c.href));
    expect(new Set(hrefs).size).toBe(30);
    expect(hrefs).toHaveLength(30);
  });
});
