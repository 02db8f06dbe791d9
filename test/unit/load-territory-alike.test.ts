/**
 * The two issue-18 sections of a territory's page, from their loaders with the content module
 * mocked: the needs identified there (a municipality's: those naming it; a department's: those
 * naming it or any of its municipalities), with their computed status and the link to the
 * department's page of the demand; and «prácticas de municipios como este», ranked by the
 * traits shared, then by likeness to the place's own needs and practices, then most recent.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeStore, termEntries } from './support/fake-content.ts';

const store: FakeStore = {};
vi.mock('../../src/core/content.ts', async () =>
  (await import('./support/fake-content.ts')).fakeContentModule(() => store),
);
// The publishing feature's entry point still reaches Astro's content layer outside core/content.ts.
vi.mock('astro:content', () => ({
  getCollection: () => {
    throw new Error('read through core/content.ts');
  },
}));

const { territoryNeeds, loadAlikePractices, loadTerritoryPage, territoryPaths } =
  await import('../../src/features/territory/index.ts');

const ref = (...ids: string[]) => ids.map((id) => ({ id }));
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const territories = [
  { id: '27', name: 'Chocó', kind: 'departamento' },
  { id: '27001', name: 'Quibdó', kind: 'municipio', department: { id: '27' } },
  {
    id: '27099',
    name: 'Bojayá',
    kind: 'municipio',
    department: { id: '27' },
    pdetSubregion: 'Chocó',
    category: '6',
    capacityGroup: 'G5',
    capacityGroupYear: 2023,
  },
  {
    id: '27425',
    name: 'Medio Atrato',
    kind: 'municipio',
    department: { id: '27' },
    pdetSubregion: 'Chocó',
    category: '6',
    capacityGroup: 'G5',
    capacityGroupYear: 2023,
  },
  { id: '52', name: 'Nariño', kind: 'departamento' },
  {
    id: '52835',
    name: 'San Andrés de Tumaco',
    kind: 'municipio',
    department: { id: '52' },
    pdetSubregion: 'Pacífico y Frontera Nariñense',
    category: '5',
    capacityGroup: 'G3',
    capacityGroupYear: 2023,
  },
  {
    id: '52250',
    name: 'El Charco',
    kind: 'municipio',
    department: { id: '52' },
    pdetSubregion: 'Pacífico y Frontera Nariñense',
    category: '6',
    capacityGroup: 'G5',
    capacityGroupYear: 2023,
  },
  { id: '86', name: 'Putumayo', kind: 'departamento' },
  {
    id: '86885',
    name: 'Villagarzón',
    kind: 'municipio',
    department: { id: '86' },
    pdetSubregion: 'Putumayo',
    category: '6',
    capacityGroup: 'G4',
    capacityGroupYear: 2023,
  },
];

const entry = (id: string, publishedAt: string, data: Record<string, unknown>) => ({
  id,
  body: '',
  data: {
    status: 'published',
    // Summaries share no word, so likeness comes from titles and themes alone.
    summary: id,
    themes: [],
    phases: [],
    territories: [],
    publishedAt: day(publishedAt),
    ...data,
  },
});

const need = (id: string, title: string, places: string[], publishedAt: string, extra: Record<string, unknown> = {}) =>
  entry(id, publishedAt, {
    title,
    territories: ref(...places),
    themes: ref('participacion'),
    valueGroups: [],
    capacityLevels: [],
    phases: [],
    pnd: [],
    identification: { source: 'dialogo-regional', document: 'Acta', date: day('2025-05-01'), entity: { id: 'dnp' } },
    contact: { office: 'Planeación', email: 'planeacion@example.gov.co' },
    ...extra,
  });

const practice = (id: string, title: string, places: string[], publishedAt: string, themes: string[] = []) =>
  entry(id, publishedAt, { title, territories: ref(...places), adoptedBy: [], themes: ref(...themes) });

beforeEach(() => {
  process.env.BUILD_DATE = '2026-11-24';
  Object.assign(store, {
    ...termEntries({
      territories,
      themes: [
        { id: 'participacion', name: 'Participación ciudadana' },
        { id: 'vias', name: 'Vías terciarias' },
        { id: 'nutricion', name: 'Nutrición' },
      ],
      phases: [],
      entities: [{ id: 'dnp', name: 'DNP' }],
      regions: [],
      sectors: [],
      capacityLevels: [],
      valueGroups: [],
      pnd: [],
    }),
    needs: [
      need(
        'rendicion-riberena',
        'Rendición de cuentas que no llega a las comunidades ribereñas',
        ['27099'],
        '2026-03-01',
      ),
      need('genero-choco', 'Planes sin enfoque de género en el Chocó', ['27'], '2026-02-01'),
      need('veedurias', 'Veedurías sin herramientas en Quibdó y Bojayá', ['27001', '27099'], '2026-01-01'),
      need('alimentacion', 'Alimentación escolar rural tardía', ['52250'], '2026-01-15', { themes: ref('nutricion') }),
      need('borrador', 'Necesidad en borrador', ['27099'], '2026-04-01', { status: 'draft' }),
    ],
    offers: [
      entry('acompanamiento', '2026-01-01', {
        title: 'Acompañamiento',
        needs: ref('rendicion-riberena'),
        territorialFocus: { scope: 'nacional', territories: [], regions: [] },
      }),
    ],
    agendas: [],
    plans: [],
    lessons: [],
    practices: [
      // Most recent first would put the road practice before the accountability one in Villagarzón.
      practice('vias-villagarzon', 'Mantenimiento de vías terciarias con maquinaria propia', ['86885'], '2026-06-01', [
        'vias',
      ]),
      practice('rendicion-villagarzon', 'Rendición de cuentas por la emisora comunitaria', ['86885'], '2026-05-01', [
        'participacion',
      ]),
      practice('rendicion-medio-atrato', 'Audiencias públicas itinerantes por el río', ['27425'], '2026-04-01'),
      practice('presupuesto-tumaco', 'Presupuesto participativo', ['52835'], '2026-03-01'),
      practice('veeduria-bojaya', 'Veeduría comunitaria de la rendición de cuentas', ['27099'], '2026-02-01', [
        'participacion',
      ]),
    ],
  });
});

describe('the needs identified in a territory', () => {
  it('a municipality lists the published needs that name it, with their computed status and its department’s demand page', async () => {
    const model = (await territoryNeeds('27099'))!;
    expect(model.needs.map((n) => [n.href, n.statusName])).toEqual([
      ['/demanda/rendicion-riberena/', 'Con oferta'],
      ['/demanda/veedurias/', 'Sin oferta'],
    ]);
    expect(model.needs[1]!.places).toBe('Quibdó, Bojayá');
    expect(model.count).toBe('2 necesidades · 1 sin oferta');
    expect(model.more).toEqual({
      href: '/demanda/departamento/27/',
      text: 'Ver las 3 necesidades de Chocó en la demanda identificada',
    });
    expect((await territoryNeeds('27001'))!.needs.map((n) => n.title)).toEqual([
      'Veedurías sin herramientas en Quibdó y Bojayá',
    ]);
  });

  it('a department lists the needs naming it or any of its municipalities, each once', async () => {
    const model = (await territoryNeeds('27'))!;
    expect(model.needs.map((n) => n.href)).toEqual([
      '/demanda/rendicion-riberena/',
      '/demanda/genero-choco/',
      '/demanda/veedurias/',
    ]);
    expect(model.count).toBe('3 necesidades · 2 sin oferta');
    expect((await territoryNeeds('52'))!.needs.map((n) => n.href)).toEqual(['/demanda/alimentacion/']);
  });

  it('gives a page to a municipality only a need names, so the need’s link to it leads somewhere', async () => {
    const slugs = (await territoryPaths()).map((p) => p.params.slug);
    expect(slugs).toContain('27001-quibdo');
    expect(slugs).toContain('52250-el-charco');
  });

  it('gives nothing where no need names the place', async () => {
    expect(await territoryNeeds('86885')).toBeUndefined();
    expect(await territoryNeeds('86')).toBeUndefined();
  });
});

describe('practices of municipalities like this one', () => {
  const listed = async (code: string) =>
    (await loadAlikePractices(code))!.cards.map((c) => [c.card.href, c.reasons.join(' · ')]);

  it('ranks the same subregion first, then by likeness to what the place works on, never its own', async () => {
    expect(await listed('27099')).toEqual([
      [
        '/practicas/rendicion-medio-atrato/',
        'Misma subregión PDET: Chocó · Mismo grupo de capacidades: G5 · Misma categoría: sexta',
      ],
      // Bojayá's needs and practice speak of accountability: that Villagarzón practice before the more recent one.
      ['/practicas/rendicion-villagarzon/', 'Misma categoría: sexta'],
      ['/practicas/vias-villagarzon/', 'Misma categoría: sexta'],
    ]);
  });

  it('with nothing alike in content, lists the most recent first within the same traits', async () => {
    expect(await listed('52250')).toEqual([
      ['/practicas/presupuesto-tumaco/', 'Misma subregión PDET: Pacífico y Frontera Nariñense'],
      ['/practicas/rendicion-medio-atrato/', 'Mismo grupo de capacidades: G5 · Misma categoría: sexta'],
      ['/practicas/veeduria-bojaya/', 'Mismo grupo de capacidades: G5 · Misma categoría: sexta'],
      ['/practicas/vias-villagarzon/', 'Misma categoría: sexta'],
      ['/practicas/rendicion-villagarzon/', 'Misma categoría: sexta'],
    ]);
  });

  it('each card is the practice’s usual card, with its place', async () => {
    const [first] = (await loadAlikePractices('27099'))!.cards;
    expect(first!.card.meta).toEqual(['Medio Atrato']);
    expect((await loadAlikePractices('27099'))!.title).toBe('Prácticas de municipios como este');
  });

  it('gives nothing to a municipality without a profile or to a department', async () => {
    expect(await loadAlikePractices('27001')).toBeUndefined();
    expect(await loadAlikePractices('27')).toBeUndefined();
  });

  it('the territory page carries both sections', async () => {
    const page = await loadTerritoryPage('27099');
    expect(page.needs?.needs).toHaveLength(2);
    expect(page.alike?.cards).toHaveLength(3);
    const department = await loadTerritoryPage('27');
    expect(department.needs?.needs).toHaveLength(3);
    expect(department.alike).toBeUndefined();
  });
});
