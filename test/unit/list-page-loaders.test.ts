import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeStore, termEntries } from './support/fake-content.ts';
import { paginate } from './support/paginate.ts';

const content = vi.hoisted(() => ({ store: {} as FakeStore }));
vi.mock('../../src/core/content.ts', async () =>
  (await import('./support/fake-content.ts')).fakeContentModule(() => content.store),
);

const { collectionListPage, collectionListPaths, loadHomePage } = await import('../../src/features/browse/index.ts');
const { departmentProgressPage, departmentProgressPaths, loadProgressPage } =
  await import('../../src/features/progress/index.ts');
const { loadSearchPage } = await import('../../src/features/search/index.ts');
const { courseFilterPage, courseFilterPaths, courseListPaths, loadEventsCalendar, loadEventsPage } =
  await import('../../src/features/training/index.ts');
const { loadTermNames } = await import('../../src/features/admin/index.ts');
const { loadContributorGuide } = await import('../../src/features/publishing/index.ts');

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const practice = (id: string, status: string, publishedAt: string, territory = '27001') => ({
  id,
  data: {
    title: `Práctica ${id}`,
    summary: 'Resumen.',
    status,
    publishedAt: day(publishedAt),
    territories: [{ id: territory }],
    themes: [{ id: 'agua' }],
    maturity: 'prometedora',
  },
});

const plan = (id: string, territory: string, status = 'published') => ({
  id,
  data: {
    title: `Plan ${id}`,
    summary: 'Resumen.',
    status,
    publishedAt: day('2026-01-01'),
    lead: { id: 'gobernacion' },
    valueGroup: { id: 'jovenes' },
    territories: [{ id: territory }],
    offers: [],
    startsOn: day('2026-01-01'),
    endsOn: day('2026-12-31'),
    milestones: [],
    indicators: [],
    meetings: [{ date: day('2026-03-01'), participants: [{ count: 12 }], commitments: [] }],
    evaluations: [
      {
        from: day('2026-03-01'),
        to: day('2026-03-01'),
        asked: 12,
        answered: 10,
        ratings: [
          { level: 'satisfecho', count: 6 },
          { level: territory.startsWith('27') ? 'neutral' : 'muy-satisfecho', count: 4 },
        ],
        questions: [],
        deepen: [],
      },
    ],
    advisers: [],
    costs: [{ amount: 1_200_000, from: day('2026-01-01'), to: day('2026-12-31'), covered: 'Asesoría' }],
  },
});

const event = (id: string, starts: string, status = 'published') => ({
  id,
  data: {
    title: `Jornada ${id}`,
    summary: 'Sesión.',
    course: { id: 'curso-a' },
    organiser: { id: 'gobernacion' },
    starts,
    ends: starts.replace(/\d\d:\d\d$/, '17:00'),
    place: { venue: 'Casa de la Cultura', territory: { id: '27001' } },
    registration: { channel: 'https://example.org' },
    eventStatus: 'programada',
    status,
    publishedAt: day('2026-01-01'),
  },
});

beforeEach(() => {
  vi.stubEnv('BUILD_DATE', '2026-11-24');

  content.store = {
    ...termEntries({
      territories: [
        { id: '27', name: 'Chocó' },
        { id: '27001', name: 'Quibdó' },
        { id: '05', name: 'Antioquia', region: { id: 'eje' } },
        { id: '05321', name: 'Guatapé' },
      ],
      regions: [{ id: 'eje', name: 'Eje Cafetero' }],
      themes: [{ id: 'agua', name: 'Agua' }],
      phases: [{ id: 'ejecucion', name: 'Ejecución' }],
      entities: [{ id: 'gobernacion', name: 'Gobernación del Chocó' }],
      valueGroups: [{ id: 'jovenes', name: 'Jóvenes' }],
    }),
    practices: [
      practice('p1', 'published', '2026-01-01'),
      practice('p2', 'published', '2026-02-01'),
      practice('p3', 'published', '2026-03-01'),
      practice('p4', 'published', '2026-04-01'),
      practice('p5', 'published', '2026-05-01'),
      practice('borrador', 'draft', '2026-06-01'),
    ],
    lessons: [],
    offers: [
      { id: 'oferta-a', data: { title: 'Oferta A', status: 'published' } },
      { id: 'oferta-b', data: { title: 'Oferta B', status: 'draft' } },
    ],
    courses: [
      {
        id: 'curso-a',
        data: {
          title: 'Curso A',
          summary: 'Curso.',
          status: 'published',
          audience: 'Enlaces',
          durationHours: 8,
          level: 'basico',
          offers: [{ id: 'oferta-a' }, { id: 'oferta-b' }],
          agendas: [],
        },
      },
      {
        id: 'curso-borrador',
        data: {
          title: 'Curso en borrador',
          summary: 'Curso.',
          status: 'draft',
          audience: 'Enlaces',
          durationHours: 8,
          level: 'basico',
          offers: [],
          agendas: [],
        },
      },
    ],
    agendas: [],
    plans: [plan('plan-quibdo', '27001'), plan('plan-guatape', '05321'), plan('plan-borrador', '27', 'draft')],
    events: [
      event('pasada', '2026-10-01 08:00'),
      event('proxima', '2027-02-10 08:30'),
      event('oculta', '2027-03-01 08:00', 'draft'),
    ],
  };
});

describe('browse loaders', () => {
  it('show the newest four published practices on the home page, and count only published entries', async () => {
    const home = await loadHomePage();
    expect(home.latestPractices.map((c) => c.href)).toEqual([
      '/practicas/p5/',
      '/practicas/p4/',
      '/practicas/p3/',
      '/practicas/p2/',
    ]);
    expect(home.latestPractices[0]!.meta).toEqual(['Quibdó']);
    expect(home.counts[0]).toEqual({ href: '/practicas/', text: '5 buenas prácticas' });
    expect(home.counts[3]!.text).toBe('1 curso');
  });

  it("page a collection's cards with what its list shows under each title, and its feed", async () => {
    const [first] = await collectionListPaths('practices', paginate);
    const model = collectionListPage(first!.props as Parameters<typeof collectionListPage>[0]);
    expect(model.cards.map((c) => c.title)).not.toContain('Práctica borrador');
    expect(model.cards[0]!.meta).toEqual(['Quibdó', 'Prometedora']);
    expect(model.lead).toBe('5 buenas prácticas');
    expect(model.feed).toEqual({ href: '/practicas/rss.xml', title: expect.stringContaining('Buenas prácticas') });
  });

  it('lead the plans list on to the progress dashboards, without a feed', async () => {
    const [first] = await collectionListPaths('plans', paginate);
    const model = collectionListPage(first!.props as Parameters<typeof collectionListPage>[0]);
    expect(model.cards.map((c) => c.meta.at(-1))).toEqual(['Gobernación del Chocó', 'Gobernación del Chocó']);
    expect(model.feed).toBeUndefined();
    expect(model.more?.href).toBe('/avance/');
  });
});

describe('progress loaders', () => {
  it("roll a department's dashboard up from the published plans of its municipalities", async () => {
    const page = await loadProgressPage();
    expect(page.departments.map((d) => d.name)).toEqual(['Antioquia', 'Chocó']);
    expect(page.network.plans).toBe(2);
    const paths = await departmentProgressPaths();
    const choco = paths.find((p) => p.params.department === '27-choco')!;
    const model = departmentProgressPage(choco.props.department);
    expect(model.plans).toEqual([{ href: '/planes/plan-quibdo/', title: 'Plan plan-quibdo' }]);
    expect(model.progress.participants).toBe(12);
    expect(model.territoryHref).toBe('/territorio/27-choco/');
    // The service: 6 of 10 satisfied in Chocó; 1.2 million over one municipality and 12 participants.
    expect(model.service.figures).toMatchObject({ evaluations: 1, satisfiedPercent: 60, costPerTerritory: 1_200_000 });
    expect(model.service.figures.costPerParticipant).toBe(100_000);
    expect(page.departments.map((d) => d.service.figures.satisfiedPercent)).toEqual([100, 60]);
    expect(page.service.figures).toMatchObject({
      evaluations: 2,
      answered: 20,
      satisfiedPercent: 80,
      totalCost: 2_400_000,
    });
  });
});

describe('search page loader', () => {
  it('offer the departments, themes and phases as filters, a department standing for its region too', async () => {
    const page = await loadSearchPage();
    expect(page.options.departamento).toEqual(['Antioquia', 'Chocó']);
    expect(page.options.tema).toEqual(['Agua']);
    expect(page.includes.Antioquia).toEqual(expect.arrayContaining([expect.stringContaining('Eje Cafetero')]));
  });
});

describe('training loaders', () => {
  it('name a filter value by the offer it points at, and a draft offer by its id only', async () => {
    const [first] = await courseListPaths(paginate);
    const offers = (first!.props.facets as { key: string; values: { id: string; name: string }[] }[]).find(
      (f) => f.key === 'offers',
    )!;
    expect(offers.values.map((v) => v.name)).toEqual(['Oferta A', 'oferta-b']);
    expect((first!.props.page as { data: unknown[] }).data).toHaveLength(1);
  });

  it('give each filter value its own paged list of courses', async () => {
    const paths = await courseFilterPaths(paginate);
    const offerA = paths.find((p) => p.params.value === 'oferta-a')!;
    const model = courseFilterPage(offerA.props as Parameters<typeof courseFilterPage>[0]);
    expect(model.current).toEqual({ key: 'offers', id: 'oferta-a' });
    expect(model.cards.map((c) => c.title)).toEqual(['Curso A']);
    expect(model.trail[0]!.href).toBe('/formacion/');
  });

  it('split published jornadas at the build day, and name their courses', async () => {
    const page = await loadEventsPage();
    expect(page.upcoming.map((e) => e.href)).toEqual(['/formacion/jornadas/proxima/']);
    expect(page.past.map((e) => e.href)).toEqual(['/formacion/jornadas/pasada/']);
    expect(page.more).toBeUndefined();
    expect(page.upcoming[0]!.kicker).toBe('Curso A');
  });

  it('put every published jornada, and no draft, in the calendar', async () => {
    const ics = await loadEventsCalendar(new URL('https://red.example.org/'));
    expect(ics).toContain('Jornada proxima');
    expect(ics).toContain('Jornada pasada');
    expect(ics).not.toContain('Jornada oculta');
    expect(ics).toContain('Quibdó');
  });
});

describe('admin and guide loaders', () => {
  it("give the CMS preview every term's name and link, and every course's title, drafts included", async () => {
    const names = await loadTermNames();
    expect(names.themes!.agua).toEqual(['Agua', '/temas/agua/']);
    expect(names.courses!['curso-borrador']).toEqual(['Curso en borrador']);
  });

  it("take the guide's examples from the fullest published practice", async () => {
    const { sections } = await loadContributorGuide();
    expect(sections.map((s) => s.collection)).toEqual(['practices', 'lessons']);
    const territories = sections[0]!.fields.find((f) => f.key === 'territories');
    expect(territories?.example).toBe('Quibdó');
  });
});
