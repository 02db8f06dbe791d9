/**
 * The loaders of the entry pages build the whole page model from content alone: references
 * resolved to names and links, drafts left out, lessons traced back to their practice, related
 * cards, history. The content module is mocked with a handful of entries, so no Astro runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeEntry, FakeStore } from './support/fake-content.ts';
import { t } from '../../src/i18n/index.ts';

const content = vi.hoisted(() => ({ store: {} as Record<string, unknown[]> }));
vi.mock('../../src/core/content.ts', async () =>
  (await import('./support/fake-content.ts')).fakeContentModule(() => content.store as FakeStore),
);
vi.mock('astro:content', () => ({ getCollection: async () => [], getEntry: async () => undefined }));

const { loadLessonPage, loadPracticePage, practicePagePaths } = await import('../../src/features/entries/index.ts');
const { loadOfferPage } = await import('../../src/features/catalogue/index.ts');
const { loadAgendaPage, loadPlanPage } = await import('../../src/features/progress/index.ts');
const { eventItems, loadCoursePage, loadCoursePrintPage, loadEventPage, loadModulePage, modulePagePaths } =
  await import('../../src/features/training/index.ts');

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = (status = 'published', publishedAt = '2026-01-10') => ({
  status,
  publishedAt: day(publishedAt),
  lastReviewed: day(publishedAt),
});
const entry = (id: string, data: Record<string, unknown>, body = ''): FakeEntry => ({ id, body, data });
const term = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, data: { name, ...extra } });

function store(): FakeStore {
  return {
    territories: [
      term('05', 'Antioquia', { region: { id: 'andina' } }),
      term('05001', 'Medellín'),
      term('15', 'Boyacá', { region: { id: 'andina' } }),
      term('15469', 'Moniquirá'),
    ],
    regions: [term('andina', 'Andina')],
    themes: [term('finanzas', 'Finanzas públicas')],
    phases: [term('ejecucion', 'Ejecución')],
    sdg: [term('16', 'Paz, justicia e instituciones sólidas', { targets: ['16.6', '16.7'] })],
    entities: [
      term('dnp', 'DNP', { contact: { office: 'Subdirección Territorial', email: 'territorial@dnp.gov.co' } }),
    ],
    valueGroups: [term('alcaldias', 'Alcaldías')],
    practices: [
      entry(
        'recaudo-predial',
        {
          ...base(),
          title: 'Recaudo predial en Moniquirá',
          summary: 'Cobro persuasivo del impuesto predial',
          territories: [{ id: '15469' }],
          themes: [{ id: 'finanzas' }],
          phases: [{ id: 'ejecucion' }],
          sdg: [{ id: '16' }],
          sdgTargets: ['16.6'],
          agendas: [{ id: 'agenda-boyaca' }],
          offers: [{ id: 'oferta-borrador' }, { id: 'asistencia-predial' }],
          media: [],
        },
        'El municipio actualizó el catastro.',
      ),
      entry('predial-medellin', {
        ...base(),
        title: 'Recaudo predial en Medellín',
        summary: 'Cobro persuasivo del impuesto predial urbano',
        territories: [{ id: '05001' }],
        themes: [{ id: 'finanzas' }],
        phases: [],
        agendas: [],
        offers: [],
        media: [],
      }),
    ],
    lessons: [
      entry('leccion-catastro', {
        ...base(),
        title: 'Sin catastro no hay recaudo',
        summary: 'Lo aprendido del predial',
        territories: [{ id: '15469' }],
        themes: [{ id: 'finanzas' }],
        phases: [],
        practices: [{ id: 'recaudo-predial' }],
        plans: [{ id: 'plan-boyaca' }],
        offers: [],
      }),
      entry('leccion-borrador', {
        ...base('draft'),
        title: 'Borrador',
        summary: 'Aún no',
        territories: [],
        themes: [{ id: 'finanzas' }],
        phases: [],
        practices: [{ id: 'recaudo-predial' }],
        plans: [],
        offers: [],
      }),
    ],
    offers: [
      entry('asistencia-predial', {
        ...base(),
        title: 'Asistencia en predial',
        summary: 'Acompañamiento técnico en recaudo predial',
        themes: [{ id: 'finanzas' }],
        phases: [],
        agendas: [{ id: 'agenda-boyaca' }],
        territorialFocus: { scope: 'regional', regions: [{ id: 'andina' }], territories: [] },
      }),
      entry('oferta-borrador', {
        ...base('draft'),
        title: 'Oferta sin publicar',
        summary: 'Borrador',
        themes: [],
        phases: [],
        agendas: [],
        territorialFocus: { scope: 'nacional', regions: [], territories: [] },
      }),
    ],
    agendas: [
      entry('agenda-boyaca', {
        ...base(),
        title: 'Agenda de Boyacá',
        summary: 'Finanzas de Boyacá',
        territories: [{ id: '15' }],
        themes: [{ id: 'finanzas' }],
        offers: [{ id: 'asistencia-predial' }],
        practices: [{ id: 'recaudo-predial' }],
        actors: [],
      }),
    ],
    plans: [
      entry('plan-boyaca', {
        ...base(),
        title: 'Plan de recaudo de Boyacá',
        summary: 'Subir el recaudo',
        territories: [{ id: '15469' }],
        valueGroup: { id: 'alcaldias' },
        lead: { id: 'dnp' },
        startsOn: day('2026-01-01'),
        endsOn: day('2026-12-31'),
        agenda: { id: 'agenda-boyaca' },
        offers: [{ id: 'asistencia-predial' }],
        actors: [
          {
            organisation: 'Veeduría ciudadana de Moniquirá (VCM)',
            type: 'organizacion-social',
            role: 'ejerce-veeduria',
            influence: 'baja',
            interest: 'alta',
            purpose: 'Vigila el recaudo.',
          },
          {
            entity: { id: 'dnp' },
            type: 'entidad-nacional',
            role: 'acompana-tecnicamente',
            influence: 'alta',
            interest: 'media',
            purpose: 'Asesora el plan.',
          },
        ],
        milestones: [],
        indicators: [
          {
            name: 'Recaudo',
            kind: 'resultado',
            unit: 'millones',
            baseline: 10,
            current: 15,
            goal: 20,
            measuredOn: day('2026-07-01'),
          },
        ],
        meetings: [{ date: day('2026-03-02'), participants: [{ count: 8 }, { count: 2 }], commitments: [] }],
        evaluations: [
          {
            from: day('2026-06-01'),
            to: day('2026-06-30'),
            asked: 12,
            answered: 8,
            ratings: [
              { level: 'satisfecho', count: 5 },
              { level: 'insatisfecho', count: 3 },
            ],
            questions: ['¿Le sirvió?'],
            deepen: [],
          },
          {
            from: day('2026-03-02'),
            to: day('2026-03-02'),
            asked: 10,
            answered: 4,
            ratings: [{ level: 'muy-satisfecho', count: 4 }],
            questions: [],
            deepen: ['Cartera morosa'],
          },
        ],
        advisers: [{ entity: { id: 'dnp' }, count: 2 }],
        costs: [{ amount: 3_000_000, from: day('2026-01-01'), to: day('2026-06-30'), covered: 'Asesores' }],
      }),
    ],
    courses: [
      entry(
        'finanzas-101',
        {
          ...base(),
          title: 'Finanzas municipales',
          summary: 'Curso básico',
          audience: 'Alcaldías',
          durationHours: 8,
          level: 'basico',
          entity: { id: 'dnp' },
          themes: [{ id: 'finanzas' }],
          objectives: ['Entender el predial'],
          prerequisites: [],
          materials: [],
          offers: [{ id: 'asistencia-predial' }],
          agendas: [],
        },
        'El curso.',
      ),
    ],
    modules: [2, 1].map((order) =>
      entry(`finanzas-101-${order}`, {
        ...base(),
        title: `Módulo ${order}`,
        summary: `Resumen ${order}`,
        course: { id: 'finanzas-101' },
        order,
        durationMinutes: 45,
        objectives: [],
        activityGuide: [],
        videos: [],
        podcasts: [],
        practices: [{ id: 'recaudo-predial' }, { id: 'practica-retirada' }],
        lessons: [{ id: 'leccion-borrador' }],
        materials: [],
      }),
    ),
    events: [
      entry('taller-tunja', {
        ...base(),
        title: 'Taller en Moniquirá',
        summary: 'Presencial',
        course: { id: 'finanzas-101' },
        starts: '2026-12-03 08:00',
        ends: '2026-12-03 12:00',
        place: { venue: 'Casa de la cultura.', address: 'Calle 1', territory: { id: '15469' } },
        online: 'https://meet.example.org/x',
        organiser: { id: 'dnp' },
        eventStatus: 'aplazada',
        registration: { channel: 'https://example.org/inscripcion', deadline: '2026-11-30 17:00' },
      }),
      entry('taller-pasado', {
        ...base(),
        title: 'Taller pasado',
        summary: 'Ya fue',
        course: { id: 'finanzas-101' },
        starts: '2026-03-03 08:00',
        ends: '2026-03-03 12:00',
        organiser: { id: 'dnp' },
        eventStatus: 'programada',
        registration: { channel: 'https://example.org/inscripcion' },
      }),
    ],
  };
}

const find = (collection: string, id: string) => (content.store[collection] as FakeEntry[]).find((e) => e.id === id)!;

beforeEach(() => {
  content.store = store();
  vi.stubEnv('BUILD_DATE', '2026-11-24');
  vi.stubEnv('CMS_BACKEND', 'github');
  vi.stubEnv('CMS_BRANCH', 'main');
});
afterEach(() => vi.unstubAllEnvs());

describe('a practice page', () => {
  it('has a path for each published practice', async () => {
    expect((await practicePagePaths()).map((p) => p.params.id).sort()).toEqual(['predial-medellin', 'recaudo-predial']);
  });

  it('lists the published lessons that came from it, and the agendas and offers it names without drafts', async () => {
    const page = await loadPracticePage(find('practices', 'recaudo-predial') as never);
    expect(page.links).toEqual([
      {
        label: t('practice.lessonsFromIt'),
        items: [{ href: '/lecciones/leccion-catastro/', title: 'Sin catastro no hay recaudo' }],
      },
      { label: expect.any(String), items: [{ href: '/agendas/agenda-boyaca/', title: 'Agenda de Boyacá' }] },
      { label: expect.any(String), items: [{ href: '/oferta/asistencia-predial/', title: 'Asistencia en predial' }] },
    ]);
  });

  it('files the page under its department, theme, phase and SDG for search, and passes its body on', async () => {
    const page = await loadPracticePage(find('practices', 'recaudo-predial') as never);
    expect(page.tags.filters).toEqual({
      tipo: ['Buena práctica'],
      departamento: ['Boyacá'],
      tema: ['Finanzas públicas'],
      momento: ['Ejecución'],
      ods: ['ODS 16 · Paz, justicia e instituciones sólidas'],
    });
    // The goal links to its page, with the targets named beside it.
    expect(page.article).toContain('href="/ods/16/"');
    expect(page.article).toContain('16.6');
    expect(page.tags.meta.territorio).toBe('Moniquirá');
    expect(page.body).toBe('El municipio actualizó el catastro.');
    expect(page.article).toContain('Recaudo predial en Moniquirá');
    expect(page.history).toBeUndefined();
  });

  it('shows the entries most like it as cards', async () => {
    const page = await loadPracticePage(find('practices', 'recaudo-predial') as never);
    expect(page.related.map((c) => c.href)).toContain('/practicas/predial-medellin/');
    expect(page.related.map((c) => c.href)).not.toContain('/practicas/recaudo-predial/');
  });
});

describe('the history of an entry', () => {
  it('comes from git for a committed file, with no host page unless the repository is named', async () => {
    const practice = {
      ...find('practices', 'recaudo-predial'),
      filePath: 'content/practices/acueducto-comunitario-guatape.mdx',
    };
    vi.stubEnv('CMS_REPO', '');
    const page = await loadPracticePage(practice as never);
    expect(page.history?.changes).toBeGreaterThanOrEqual(1);
    expect(page.history!.created.getTime()).toBeLessThanOrEqual(page.history!.changed.getTime());
    expect(page.history).not.toHaveProperty('url');
  });

  it("links to the file's commits on the host when the repository is named", async () => {
    const practice = {
      ...find('practices', 'recaudo-predial'),
      filePath: 'content/practices/acueducto-comunitario-guatape.mdx',
    };
    vi.stubEnv('CMS_REPO', 'red/portal');
    const page = await loadPracticePage(practice as never);
    expect(page.history?.url).toBe(
      'https://github.com/red/portal/commits/main/content/practices/acueducto-comunitario-guatape.mdx',
    );
  });
});

describe('a lesson page', () => {
  it('links back to its practice and to its plan', async () => {
    const page = await loadLessonPage(find('lessons', 'leccion-catastro') as never);
    expect(page.links.flatMap((g) => g.items)).toEqual([
      { href: '/practicas/recaudo-predial/', title: 'Recaudo predial en Moniquirá' },
      { href: '/planes/plan-boyaca/', title: 'Plan de recaudo de Boyacá' },
    ]);
  });
});

describe('an offer page', () => {
  it('files a regional offer under its region and names the region where places go', async () => {
    const page = await loadOfferPage(find('offers', 'asistencia-predial') as never);
    expect(page.tags.filters.departamento).toEqual([t('search.reachRegion', { name: 'Andina' })]);
    expect(page.tags.meta.territorio).toBe('Andina');
    expect(page.links).toEqual([
      { label: expect.any(String), items: [{ href: '/agendas/agenda-boyaca/', title: 'Agenda de Boyacá' }] },
    ]);
  });

  it('rolls up the service evaluation of the published plans that deploy it', async () => {
    const { service } = await loadOfferPage(find('offers', 'asistencia-predial') as never);
    expect(service.plans).toEqual([
      {
        href: '/planes/plan-boyaca/',
        title: 'Plan de recaudo de Boyacá',
        evaluations: '2',
        satisfied: '75 %',
        cost: expect.stringMatching(/3\.000\.000/),
      },
    ]);
    expect(service.summary.figures).toMatchObject({ plans: 1, evaluations: 2, answered: 12, totalCost: 3_000_000 });
  });
});

describe('an agenda page', () => {
  it('lists the plans that carry it out, with their progress', async () => {
    const page = await loadAgendaPage(find('agendas', 'agenda-boyaca') as never);
    expect(page.plans).toEqual([{ href: '/planes/plan-boyaca/', title: 'Plan de recaudo de Boyacá' }]);
    expect(page.links.map((g) => g.items.map((i) => i.href))).toEqual([
      ['/oferta/asistencia-predial/'],
      ['/practicas/recaudo-predial/'],
    ]);
    expect(page.actors).toMatchObject({ count: 0, groups: [] });
  });
});

describe('a plan page', () => {
  it('resolves its facts to names and links, and describes its indicators in words', async () => {
    const page = await loadPlanPage(find('plans', 'plan-boyaca') as never);
    expect(page.facts.slice(0, 3)).toEqual([
      { label: expect.any(String), text: 'Alcaldías' },
      { label: expect.any(String), terms: [{ name: 'Moniquirá', href: expect.stringMatching(/^\/territorio\//) }] },
      { label: expect.any(String), text: 'DNP' },
    ]);
    expect(page.view.indicators[0]!.progressPercent).toBe(50);
    expect(page.chartDescription).toContain('Recaudo');
    expect(page.chartDescription).toContain('50 %');
    expect(page.links.map((g) => g.items[0]!.href)).toEqual(['/oferta/asistencia-predial/', '/agendas/agenda-boyaca/']);
  });

  it("maps its actors by role, with the entity's name and, lacking its own, the entity's contact", async () => {
    const { actors } = await loadPlanPage(find('plans', 'plan-boyaca') as never);
    expect(actors.count).toBe(2);
    expect(actors.groups.map((g) => [g.name, g.actors.map((a) => a.name)])).toEqual([
      ['Acompaña técnicamente', ['DNP']],
      ['Ejerce veeduría', ['Veeduría ciudadana de Moniquirá (VCM)']],
    ]);
    expect(actors.groups[0]!.actors[0]!.contact).toEqual({
      office: 'Subdirección Territorial',
      email: 'territorial@dnp.gov.co',
    });
    expect(actors.groups[1]!.actors[0]!.contact).toBeUndefined();
    const cell = (influence: string, interest: string) =>
      actors.grid.find((r) => r.influence === influence)!.cells.find((c) => c.interest === interest)!.actors;
    expect(cell('alta', 'media')).toEqual(['DNP']);
    // The grid's narrow cells take the acronym an organisation's name ends with.
    expect(cell('baja', 'alta')).toEqual(['VCM']);
    expect(actors.grid.flatMap((r) => r.cells.flatMap((c) => c.actors))).toHaveLength(2);
  });

  it('shows its service evaluations over time, its costs per entity and per participant, and its advisers', async () => {
    const { service } = await loadPlanPage(find('plans', 'plan-boyaca') as never);
    // Earliest first: the meeting of 2 March, then the period of June.
    expect(service.evaluations.map((e) => [e.when, e.satisfiedPercent, e.mean])).toEqual([
      ['Mesa del 2 de marzo de 2026', 100, 5],
      ['Del 1 de junio de 2026 al 30 de junio de 2026', 62.5, 3.25],
    ]);
    expect(service.overTimeDescription).toContain('Mesa del 2 de marzo de 2026: 100 %');
    const rows = Object.fromEntries([...service.satisfaction, ...service.costs].map((r) => [r.key, r.text]));
    // 9 of 12 answers satisfied or very satisfied; 3 million over 1 municipality and 10 participants.
    expect(rows).toMatchObject({ evaluations: '2', asked: '22', answered: '12', satisfied: '75 %' });
    expect(rows.costPerTerritory!.replace(/\s/g, ' ')).toBe('$ 3.000.000');
    expect(rows.costPerParticipant!.replace(/\s/g, ' ')).toBe('$ 300.000');
    expect(service.adviserLines).toEqual([{ name: 'DNP', count: 2 }]);
  });
});

describe('a course and its modules', () => {
  it('lists its modules in order and only the events still to come', async () => {
    const page = await loadCoursePage(find('courses', 'finanzas-101') as never);
    expect(page.modules.map((m) => m.href)).toEqual([
      '/formacion/finanzas-101/modulo-1/',
      '/formacion/finanzas-101/modulo-2/',
    ]);
    expect(page.upcoming.map((e) => e.title)).toEqual(['Taller en Moniquirá']);
    expect(page.upcoming[0]!.kicker).toBeUndefined();
  });

  it('names, not links, the practices a printed module draws on, and keeps an unknown one by its id', async () => {
    const page = await loadCoursePrintPage(find('courses', 'finanzas-101') as never);
    expect(page.modules.map((m) => m.order)).toEqual([1, 2]);
    expect(page.modules[0]!.practices).toEqual(['Recaudo predial en Moniquirá', 'practica-retirada']);
    expect(page.modules[0]!.lessons).toEqual(['leccion-borrador']);
  });

  it('leads from a module to the ones before and after it, and links no draft lesson', async () => {
    const paths = await modulePagePaths();
    expect(paths.map((p) => p.params.module)).toEqual(['modulo-1', 'modulo-2']);
    const first = await loadModulePage(paths[0]!.props as never);
    expect(first.previous).toBeUndefined();
    expect(first.next).toEqual({ href: '/formacion/finanzas-101/modulo-2/', title: 'Módulo 2' });
    expect(first.documentTitle).toBe('Módulo 1 · Finanzas municipales');
    expect(first.links).toEqual([
      {
        label: expect.any(String),
        items: [{ href: '/practicas/recaudo-predial/', title: 'Recaudo predial en Moniquirá' }],
      },
    ]);
  });
});

describe('an event', () => {
  it('says where, when, its status and how to register', async () => {
    const event = find('events', 'taller-tunja');
    const page = await loadEventPage({ entry: event as never, course: find('courses', 'finanzas-101') as never });
    expect(page.status).toBe('Aplazada');
    expect(page.startsIso).toBe('2026-12-03T08:00:00-05:00');
    expect(page.facts[0]).toEqual({ label: expect.any(String), text: 'Casa de la cultura, Calle 1, Moniquirá' });
    expect(page.facts[1]!.terms).toEqual([{ name: 'Finanzas municipales', href: '/formacion/finanzas-101/' }]);
    expect(page.registerBy).toMatch(/\.$/);
    expect(page.icsHref).toBe('/formacion/jornadas/taller-tunja.ics');
  });

  it('reads in a list with its course above it, its place and that it is also online', () => {
    const [item] = eventItems(
      [find('events', 'taller-tunja') as never],
      (ref) => (ref.id === '15469' ? 'Moniquirá' : '?'),
      () => 'Finanzas municipales',
    );
    expect(item).toMatchObject({
      kicker: 'Finanzas municipales',
      where: 'Casa de la cultura, Moniquirá · también en línea',
      status: 'Aplazada',
      href: '/formacion/jornadas/taller-tunja/',
    });
    const [virtual] = eventItems([find('events', 'taller-pasado') as never], () => '?');
    expect(virtual).not.toHaveProperty('status');
    expect(virtual!.where).toBe(t('events.virtual'));
  });
});
