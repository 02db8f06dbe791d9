/**
 * The demand loader over a handful of entries, with the content module mocked: the facets and
 * their counts, the themes × departments table, a need's chain, and a need moving from «sin
 * oferta» to «con oferta» when an offer names it (what the browser test sees after a build).
 */
import type { Page } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../../src/core/cards.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ref = (id: string) => ({ id });
const store: Record<string, { id: string; data: Record<string, unknown>; body?: string }[]> = {};

vi.mock('../../src/core/content.ts', () => ({
  published: async (collection: string) => store[collection] ?? [],
  entryBody: (entry: { body?: string }) => (entry.body ?? '').trim(),
  taxonomies: async () => {
    const terms: Record<string, Record<string, string>> = {
      territories: { '15': 'Boyacá', '15469': 'Moniquirá', '27': 'Chocó', '27001': 'Quibdó' },
      themes: { 'finanzas-publicas': 'Finanzas públicas', 'agua-y-saneamiento': 'Agua y saneamiento' },
      valueGroups: { 'entidades-territoriales': 'Entidades territoriales' },
      capacityLevels: { organizacional: 'Organizacional' },
      phases: { planeacion: 'Planeación' },
      pnd: { 'convergencia-regional': 'Convergencia regional' },
      entities: { dnp: 'Departamento Nacional de Planeación' },
      regions: {},
      sectors: { hacienda: 'Hacienda y crédito público', vivienda: 'Vivienda, ciudad y territorio' },
    };
    const all = Object.fromEntries(
      Object.entries(terms).map(([name, map]) => [
        name,
        new Map(Object.entries(map).map(([id, n]) => [id, { id, name: n }])),
      ]),
    ) as Record<string, Map<string, { id: string; name: string }>>;
    const term = (c: string, r: { id: string }) => all[c]!.get(r.id)!;
    return {
      all,
      term,
      terms: (c: string, refs: { id: string }[] = []) => refs.map((r) => term(c, r)),
      linked: (c: string, refs: { id: string }[] = []) => refs.map((r) => ({ name: term(c, r).name, href: undefined })),
      nameOf: (c: string) => (r: { id: string }) => term(c, r).name,
    };
  },
}));

/** What the need page asked the related feature for: the need's municipalities and its words. */
const alikeAsked: { codes: string[]; text: string }[] = [];
vi.mock('../../src/features/related/index.ts', () => ({
  practicesLikeNeedCards: async (codes: string[], text: string) => {
    alikeAsked.push({ codes, text });
    return codes.includes('27001')
      ? [
          {
            card: { title: 'Práctica de Bojayá', href: '/practicas/bojaya/' },
            reasons: ['Misma subregión PDET: Chocó'],
          },
        ]
      : [];
  },
}));

const {
  loadDemandPage: loadListPage,
  loadNeedPage,
  demandFacetPaths: facetPaths,
  demandListPaths,
  needStatusesById,
} = await import('../../src/features/demand/index.ts');
const { paginate } = await import('./support/paginate.ts');
type Choice = { facet: string; value: string };
const demandFacetPaths = () => facetPaths(paginate);
/** Page `n` of `/demanda/` or of a facet value's list, as its route gets it from its paths. */
async function loadDemandPage(choice?: Choice, n = 1) {
  const paths = choice ? await facetPaths(paginate) : await demandListPaths(paginate);
  const props = paths.map((p) => p.props as { choice?: Choice; page: Page<Card> });
  const found = props.find(
    (p) =>
      p.page.currentPage === n && (!choice || (p.choice?.facet === choice.facet && p.choice.value === choice.value)),
  );
  if (!found) throw new Error(`no page ${n} for ${JSON.stringify(choice)}`);
  return loadListPage(found);
}

const need = (id: string, territories: string[], themes: string[], sectors: string[]) => ({
  id,
  body: 'Descripción.',
  data: {
    title: `Necesidad ${id}`,
    summary: 'Resumen de la necesidad identificada.',
    territories: territories.map(ref),
    themes: themes.map(ref),
    sectors: sectors.map(ref),
    valueGroups: [ref('entidades-territoriales')],
    capacityLevels: [ref('organizacional')],
    phases: [ref('planeacion')],
    pnd: [ref('convergencia-regional')],
    identification: {
      source: 'medicion-o-indicador',
      document: 'Medición de desempeño',
      link: 'https://www.dnp.gov.co/mdm',
      date: d('2025-06-30'),
      entity: ref('dnp'),
    },
    baseline: { indicator: 'Recaudo', value: 43.5, unit: 'porcentaje', year: 2024 },
    contact: { office: 'Secretaría de Hacienda', email: 'hacienda@boyaca.gov.co' },
    status: 'published',
  },
});
const offer = (id: string, needs: string[]) => ({
  id,
  data: { title: `Oferta ${id}`, summary: 's', needs: needs.map(ref) },
});

beforeEach(() => {
  process.env.BUILD_DATE = '2026-11-24';
  store.needs = [
    need('predial', ['15469'], ['finanzas-publicas'], ['hacienda']),
    need('agua', ['27001', '15469'], ['agua-y-saneamiento', 'finanzas-publicas'], ['vivienda', 'hacienda']),
  ];
  store.offers = [offer('fiscal', ['predial'])];
  store.agendas = [
    {
      id: 'ricaurte',
      data: { title: 'Agenda Ricaurte', needs: [ref('predial')], signedOn: d('2025-10-03'), practices: [ref('buena')] },
    },
  ];
  store.plans = [];
  store.practices = [{ id: 'buena', data: { title: 'Práctica buena', agendas: [] } }];
  store.lessons = [];
});

describe('demand loader', () => {
  it('counts each facet value over the needs, and the table over themes × departments', async () => {
    const page = await loadDemandPage();
    expect(page.count).toBe(2);
    expect(page.withoutOffer).toBe(1);
    const status = page.facets.find((f) => f.key === 'estado')!;
    expect(status.options.map((o) => [o.value, o.count])).toEqual([
      ['sin-oferta', 1],
      ['en-agenda', 1],
    ]);
    const department = page.facets.find((f) => f.key === 'departamento')!;
    expect(department.options.map((o) => [o.name, o.count, o.href])).toEqual([
      ['Boyacá', 2, '/demanda/departamento/15/'],
      ['Chocó', 1, '/demanda/departamento/27/'],
    ]);
    expect(page.table!.columns.map((c) => c.code)).toEqual(['15', '27']);
    const finances = page.table!.rows.find((r) => r.id === 'finanzas-publicas')!;
    expect(finances.cells).toEqual([
      { needs: 2, withoutOffer: 1 },
      { needs: 1, withoutOffer: 1 },
    ]);
    expect(finances.total).toEqual({ needs: 2, withoutOffer: 1 });
  });

  it('a facet page lists the needs of its value and links back to the full list', async () => {
    const paths = await demandFacetPaths();
    expect(paths.map((p) => `${p.params.facet}/${p.params.value}`)).toContain('estado/sin-oferta');
    expect(paths.every((p) => p.params.page === undefined)).toBe(true);
    const page = await loadDemandPage({ facet: 'estado', value: 'sin-oferta' });
    expect(page.cards.map((c) => c.href)).toEqual(['/demanda/agua/']);
    expect(page.chosen).toEqual({ name: 'Sin oferta', removeHref: '/demanda/' });
    // The table counts the chosen needs alone.
    expect(page.table?.total).toEqual({ needs: 1, withoutOffer: 1 });
  });

  it("a sector's page lists its needs, and its table says where they lack an offer", async () => {
    const paths = (await demandFacetPaths()).map((p) => `${p.params.facet}/${p.params.value}`);
    expect(paths).toEqual(expect.arrayContaining(['sector/hacienda', 'sector/vivienda']));
    const page = await loadDemandPage({ facet: 'sector', value: 'vivienda' });
    expect(page.cards.map((c) => c.href)).toEqual(['/demanda/agua/']);
    expect(page.table?.columns.map((c) => c.name)).toEqual(['Boyacá', 'Chocó']);
    const water = page.table?.rows.find((r) => r.id === 'agua-y-saneamiento');
    expect(water?.cells).toEqual([
      { needs: 1, withoutOffer: 1 },
      { needs: 1, withoutOffer: 1 },
    ]);
    expect((await loadDemandPage()).facets[0]?.options.map((o) => [o.name, o.count])).toEqual([
      ['Hacienda y crédito público', 2],
      ['Vivienda, ciudad y territorio', 1],
    ]);
  });

  it('cuts a long list into pages: each page its cards, every page the whole counts, the table on the first', async () => {
    store.needs = [
      ...store.needs!,
      ...Array.from({ length: 30 }, (_, i) => need(`otra-${i}`, ['15469'], ['finanzas-publicas'], ['hacienda'])),
    ];
    const first = await loadDemandPage();
    const second = await loadDemandPage(undefined, 2);
    expect(first.cards).toHaveLength(24);
    expect(second.cards).toHaveLength(8);
    expect(new Set([...first.cards, ...second.cards].map((c) => c.href)).size).toBe(32);
    expect([first.count, second.count]).toEqual([32, 32]);
    expect(second.page).toMatchObject({ current: 2, last: 2, base: '/demanda/' });
    expect(second.title).not.toBe(first.title);
    expect(first.table?.total.needs).toBe(32);
    expect(second.table).toBeUndefined();
    const sector = await loadDemandPage({ facet: 'sector', value: 'hacienda' }, 2);
    expect(sector.page.base).toBe('/demanda/sector/hacienda/');
    expect(sector.cards).toHaveLength(32 - 24);
  });

  it('a need page shows its evidence and the chain that followed it', async () => {
    const page = await loadNeedPage('predial');
    expect(page.statusName).toBe('En agenda');
    expect(page.chain.offers).toEqual([{ title: 'Oferta fiscal', href: '/oferta/fiscal/' }]);
    expect(page.chain.agendas[0]).toMatchObject({
      href: '/agendas/ricaurte/',
      note: 'Suscrita el 3 de octubre de 2025',
    });
    expect(page.chain.practices).toEqual([{ title: 'Práctica buena', href: '/practicas/buena/' }]);
    expect(page.chainMore.practices).toBe(0);
    expect(page.evidence.map((f) => f.text ?? f.terms?.[0]?.name)).toContain('Medición o indicador de estado inicial');
    // The document is a link to read, not a term pill.
    expect(page.evidence.find((f) => f.text === 'Medición de desempeño')).toMatchObject({
      href: 'https://www.dnp.gov.co/mdm',
    });
    expect(page.evidence.some((f) => f.terms)).toBe(false);
    // No practice is like Moniquirá's need: no section.
    expect(page.alike).toBeUndefined();
    expect(alikeAsked.at(-1)).toEqual({
      codes: ['15469'],
      text: 'Necesidad predial Finanzas públicas Resumen de la necesidad identificada.',
    });
  });

  it('a need page lists at most a page of each part of its chain, and says how many more', async () => {
    // Thirty practices name the agenda that answers the need.
    store.practices = Array.from({ length: 30 }, (_, i) => ({
      id: `buena-${i}`,
      data: { title: `Práctica ${i}`, agendas: [ref('ricaurte')] },
    }));
    const page = await loadNeedPage('predial');
    expect(page.chain.practices).toHaveLength(24);
    expect(page.chainMore.practices).toBe(6);
  });

  it('a need page lists practices on a similar need in municipalities like its own, saying why', async () => {
    const page = await loadNeedPage('agua');
    expect(alikeAsked.at(-1)?.codes).toEqual(['27001', '15469']);
    expect(page.alike?.cards.map((c) => [c.card.href, c.reasons])).toEqual([
      ['/practicas/bojaya/', ['Misma subregión PDET: Chocó']],
    ]);
    expect(page.alike?.lead).toContain('Quibdó y Moniquirá');
    expect(page.bodyHtml).toContain('Descripción.');
  });

  it('a need no offer names is «sin oferta» until an offer names it', async () => {
    expect((await needStatusesById()).get('agua')?.status).toBe('sin-oferta');
    store.offers = [...store.offers!, offer('acueductos', ['agua'])];
    expect((await needStatusesById()).get('agua')).toEqual({ status: 'con-oferta', name: 'Con oferta' });
    expect((await loadNeedPage('agua')).chain.offers.map((o) => o.href)).toEqual(['/oferta/acueductos/']);
  });

  it("announces the feed of new needs on /demanda/ and on a department's or a theme's page, not on other facets", async () => {
    expect((await loadDemandPage()).feed).toEqual({
      href: '/demanda/rss.xml',
      name: 'Nuevas necesidades identificadas',
      subscribe: '/suscribirse/#demanda',
    });
    expect((await loadDemandPage({ facet: 'departamento', value: '27' })).feed).toEqual({
      href: '/demanda/departamento/27/rss.xml',
      name: 'Nuevas necesidades identificadas en Chocó',
      subscribe: '/suscribirse/#demanda-departamento-27',
    });
    expect((await loadDemandPage({ facet: 'tema', value: 'agua-y-saneamiento' })).feed).toEqual({
      href: '/demanda/tema/agua-y-saneamiento/rss.xml',
      name: 'Nuevas necesidades identificadas sobre Agua y saneamiento',
      subscribe: '/suscribirse/#demanda-tema-agua-y-saneamiento',
    });
    expect((await loadDemandPage({ facet: 'grupo', value: 'entidades-territoriales' })).feed).toBeUndefined();
  });
});
