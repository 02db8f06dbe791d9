import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeStore, termEntries } from './support/fake-content.ts';

const content = vi.hoisted(() => ({ store: {} as FakeStore }));
vi.mock('../../src/core/content.ts', async () =>
  (await import('./support/fake-content.ts')).fakeContentModule(() => content.store),
);

const { loadDatasetCsv, loadDatasetRecords, loadDatasetSummaries, loadDataPage } =
  await import('../../src/features/publishing/load-datasets.ts');

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const lesson = (id: string, status: string, publishedAt: string) => ({
  id,
  data: {
    title: `Lección ${id}`,
    summary: 'Qué se aprendió.',
    status,
    publishedAt: day(publishedAt),
    territories: [{ id: '27' }],
    themes: [{ id: 'agua' }],
  },
  body: 'Texto de la lección.',
});

/** An actor as the content layer gives it: an entity reference, or an organisation's name. */
const actorOf = (entity: string | undefined) => ({
  ...(entity ? { entity: { id: entity, collection: 'entities' } } : { organisation: 'Red de veedurías del Chocó' }),
  type: entity ? 'entidad-nacional' : 'organizacion-social',
  role: entity ? 'acompana-tecnicamente' : 'ejerce-veeduria',
  influence: 'alta',
  interest: 'media',
  purpose: 'Acompaña el plan de trabajo.',
  ...(entity ? {} : { contact: { office: 'Personería de Quibdó', phone: '604 671 3030' } }),
});

beforeEach(() => {
  content.store = {
    ...termEntries({
      regions: [
        { id: 'pacifico', name: 'Pacífico' },
        { id: 'caribe', name: 'Caribe' },
      ],
    }),
    agendas: [
      {
        id: 'agenda-atrato',
        data: { status: 'published', publishedAt: day('2026-01-01'), actors: [actorOf('dnp'), actorOf(undefined)] },
      },
      { id: 'agenda-borrador', data: { status: 'draft', publishedAt: day('2026-01-01'), actors: [actorOf('dnp')] } },
    ],
    plans: [
      {
        id: 'plan-atrato',
        data: {
          status: 'published',
          publishedAt: day('2026-02-01'),
          actors: [actorOf('esap')],
          evaluations: [
            {
              from: day('2026-06-05'),
              to: day('2026-06-05'),
              asked: 18,
              answered: 15,
              ratings: [
                { level: 'satisfecho', count: 11 },
                { level: 'insatisfecho', count: 4 },
              ],
              questions: ['¿Le sirvió la mesa?'],
              deepen: ['Control social'],
            },
            {
              from: day('2026-03-11'),
              to: day('2026-03-11'),
              asked: 10,
              answered: 0,
              ratings: [],
              questions: [],
              deepen: [],
            },
          ],
          costs: [
            { amount: 74_250_000, from: day('2026-07-01'), to: day('2026-12-31'), covered: 'Cursos' },
            { amount: 86_400_000, from: day('2026-01-15'), to: day('2026-06-30'), covered: 'Asesores' },
          ],
        },
      },
      {
        id: 'plan-borrador',
        data: {
          status: 'draft',
          publishedAt: day('2026-02-01'),
          actors: [],
          evaluations: [],
          costs: [{ amount: 1, from: day('2026-01-01'), to: day('2026-01-31'), covered: 'Nada' }],
        },
      },
    ],
    lessons: [
      lesson('b-publicada', 'published', '2026-02-01'),
      lesson('a-borrador', 'draft', '2026-05-01'),
      lesson('c-publicada', 'published', '2026-03-10'),
    ],
  };
});

describe('open-data loaders', () => {
  it('never put a draft in a dataset, and order records by id', async () => {
    const records = await loadDatasetRecords('lessons');
    expect(records.map((r) => r.id)).toEqual(['b-publicada', 'c-publicada']);
    expect(records[0]).toMatchObject({ title: 'Lección b-publicada', body: 'Texto de la lección.' });
    expect(await loadDatasetCsv('lessons')).not.toContain('a-borrador');
  });

  it('export every term of a taxonomy, which has no status', async () => {
    expect((await loadDatasetRecords('regions')).map((r) => r.id)).toEqual(['caribe', 'pacifico']);
  });

  it('summarise a dataset by its published records and the newest day among them', async () => {
    const summaries = await loadDatasetSummaries();
    expect(summaries.find((s) => s.name === 'lessons')).toEqual({ name: 'lessons', count: 2, modified: '2026-03-10' });
    const page = await loadDataPage();
    const lessons = page.datasets.find((d) => d.name === 'lessons')!;
    expect(lessons.label).toBe('Lecciones aprendidas');
    expect(lessons.columns.map((c) => c.name)).toContain('title');
  });

  it("give one actors row per actor of each published agenda and plan, naming it, never a draft's", async () => {
    const records = await loadDatasetRecords('actors');
    expect(records.map((r) => [r.id, r.agenda ?? r.plan])).toEqual([
      ['agendas/agenda-atrato#01', 'agenda-atrato'],
      ['agendas/agenda-atrato#02', 'agenda-atrato'],
      ['plans/plan-atrato#01', 'plan-atrato'],
    ]);
    expect(records[0]).toEqual({
      id: 'agendas/agenda-atrato#01',
      agenda: 'agenda-atrato',
      entity: 'dnp',
      type: 'entidad-nacional',
      role: 'acompana-tecnicamente',
      influence: 'alta',
      interest: 'media',
      purpose: 'Acompaña el plan de trabajo.',
    });
    expect(records[1]).toMatchObject({
      organisation: 'Red de veedurías del Chocó',
      contact: { phone: '604 671 3030' },
    });
    const [header, ...rows] = (await loadDatasetCsv('actors')).replace('\uFEFF', '').trim().split('\r\n');
    expect(header!.split(',').slice(0, 5)).toEqual(['id', 'agenda', 'plan', 'entity', 'organisation']);
    expect(header).toContain('contact.email');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toMatch(/^plans\/plan-atrato#01,,plan-atrato,esap,,entidad-nacional,/);
  });

  it('give one evaluations row per evaluation of each published plan, earliest first, a column per level', async () => {
    const records = await loadDatasetRecords('evaluations');
    expect(records).toEqual([
      {
        id: 'plan-atrato#01',
        plan: 'plan-atrato',
        from: '2026-03-11',
        to: '2026-03-11',
        asked: 10,
        answered: 0,
        'muy-insatisfecho': 0,
        insatisfecho: 0,
        neutral: 0,
        satisfecho: 0,
        'muy-satisfecho': 0,
        questions: [],
        deepen: [],
      },
      expect.objectContaining({
        id: 'plan-atrato#02',
        from: '2026-06-05',
        satisfecho: 11,
        insatisfecho: 4,
        neutral: 0,
      }),
    ]);
    const [header, ...rows] = (await loadDatasetCsv('evaluations')).replace('\uFEFF', '').trim().split('\r\n');
    expect(header).toBe(
      'id,plan,from,to,asked,answered,muy-insatisfecho,insatisfecho,neutral,satisfecho,muy-satisfecho,questions,deepen',
    );
    expect(rows[1]).toBe(
      'plan-atrato#02,plan-atrato,2026-06-05,2026-06-05,18,15,0,4,0,11,0,¿Le sirvió la mesa?,Control social',
    );
  });

  it("give one costs row per cost of each published plan, by the day it starts, never a draft's", async () => {
    const records = await loadDatasetRecords('costs');
    expect(records.map((r) => [r.id, r.plan, r.amount, r.from, r.to])).toEqual([
      ['plan-atrato#01', 'plan-atrato', 86_400_000, '2026-01-15', '2026-06-30'],
      ['plan-atrato#02', 'plan-atrato', 74_250_000, '2026-07-01', '2026-12-31'],
    ]);
    expect((await loadDatasetCsv('costs')).split('\r\n')[0]).toMatch(/^(\uFEFF)?id,plan,amount,from,to,covered$/);
  });
});
