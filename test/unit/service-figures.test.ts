/**
 * The service evaluation's computations (src/features/progress/service-figures.ts and
 * service-view.ts): answers summed level by level, share satisfied and mean on the 1–5 scale,
 * response rate, evaluations in time order, cost per territorial entity and per participant over
 * the plans that declare a cost only, and the printed rows in es-CO. Also the name heuristic the
 * personal-data check applies to an evaluation's free text (src/validation/person-names.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  type EvaluationLike,
  type ServicePlanLike,
  evaluationRows,
  satisfaction,
  serviceFigures,
} from '../../src/features/progress/service-figures.ts';
import { planService, serviceSummary } from '../../src/features/progress/service-view.ts';
import { findPersonNames } from '../../src/validation/person-names.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day('2026-11-30');

const evaluation = (from: string, to: string, asked: number, counts: [number, number, number, number, number]) => {
  const levels = ['muy-insatisfecho', 'insatisfecho', 'neutral', 'satisfecho', 'muy-satisfecho'] as const;
  return {
    from: day(from),
    to: day(to),
    asked,
    answered: counts.reduce((a, b) => a + b, 0),
    ratings: levels.map((level, i) => ({ level, count: counts[i]! })).filter((r) => r.count > 0),
    questions: [],
    deepen: [],
  } satisfies EvaluationLike;
};

const plan = (over: Partial<ServicePlanLike> = {}): ServicePlanLike => ({
  territories: [{ id: '27001' }, { id: '27050' }],
  meetings: [
    { date: day('2026-03-01'), participants: [{ count: 10 }, { count: 5 }] },
    // Not held yet on the build day: its participants are not counted.
    { date: day('2027-01-15'), participants: [{ count: 40 }] },
  ],
  evaluations: [],
  advisers: [],
  costs: [],
  ...over,
});

describe('satisfaction', () => {
  it('sums the answers level by level, and gives the share satisfied, the mean and the response rate', () => {
    const s = satisfaction([evaluation('2026-03-01', '2026-03-01', 20, [1, 1, 2, 4, 2])]);
    expect(s.counts).toEqual({
      'muy-insatisfecho': 1,
      insatisfecho: 1,
      neutral: 2,
      satisfecho: 4,
      'muy-satisfecho': 2,
    });
    // (4 + 2) / 10; (1·1 + 1·2 + 2·3 + 4·4 + 2·5) / 10 = 3.5; 10 of 20 answered.
    expect(s).toMatchObject({ asked: 20, answered: 10, satisfiedPercent: 60, mean: 3.5, responsePercent: 50 });
  });

  it('adds several evaluations as one set of answers, not as a mean of means', () => {
    const s = satisfaction([
      evaluation('2026-03-01', '2026-03-01', 3, [0, 0, 0, 0, 1]),
      evaluation('2026-04-01', '2026-04-01', 9, [0, 3, 0, 0, 0]),
    ]);
    expect(s).toMatchObject({ answered: 4, satisfiedPercent: 25, mean: 2.75 });
  });

  it('has no share and no mean when nobody answered, rather than 0', () => {
    const s = satisfaction([evaluation('2026-03-01', '2026-03-01', 12, [0, 0, 0, 0, 0])]);
    expect(s).toEqual(expect.objectContaining({ asked: 12, answered: 0, responsePercent: 0 }));
    expect(s.satisfiedPercent).toBeUndefined();
    expect(s.mean).toBeUndefined();
  });

  it('orders a plan’s evaluations in time, and tells a meeting from a period', () => {
    const rows = evaluationRows([
      evaluation('2026-07-01', '2026-10-31', 60, [1, 3, 7, 18, 12]),
      evaluation('2026-03-11', '2026-03-11', 18, [0, 1, 3, 7, 3]),
    ]);
    expect(rows.map((r) => [r.from.toISOString().slice(0, 10), r.singleDay, r.satisfiedPercent])).toEqual([
      ['2026-03-11', true, 71.4],
      ['2026-07-01', false, 73.2],
    ]);
  });
});

describe('service figures over plans', () => {
  it('divides the cost by the entities reached and by the participants of the meetings held', () => {
    const f = serviceFigures(
      [
        plan({
          costs: [
            { amount: 3_000_000, from: day('2026-01-01'), to: day('2026-06-30'), covered: 'Asesores' },
            { amount: 1_500_000, from: day('2026-07-01'), to: day('2026-12-31'), covered: 'Viajes' },
          ],
          advisers: [
            { entity: { id: 'dnp' }, count: 2 },
            { entity: { id: 'esap' }, count: 1 },
          ],
        }),
      ],
      TODAY,
    );
    expect(f).toMatchObject({
      plansCosted: 1,
      totalCost: 4_500_000,
      territoriesCosted: 2,
      participantsCosted: 15,
      costPerTerritory: 2_250_000,
      costPerParticipant: 300_000,
      advisers: 3,
      adviserEntities: 2,
      costFrom: day('2026-01-01'),
      costTo: day('2026-12-31'),
    });
  });

  it('leaves plans without a cost out of the division, so they do not make the others look cheaper', () => {
    const costed = plan({
      costs: [{ amount: 1_000_000, from: day('2026-01-01'), to: day('2026-12-31'), covered: 'x' }],
    });
    const free = plan({ territories: [{ id: '05001' }, { id: '05002' }, { id: '05003' }] });
    const f = serviceFigures([costed, free], TODAY);
    expect(f).toMatchObject({ plans: 2, plansCosted: 1, territoriesCosted: 2, costPerTerritory: 500_000 });
  });

  it('counts plans evaluated and evaluations, and says nothing of cost when none is declared', () => {
    const f = serviceFigures(
      [plan({ evaluations: [evaluation('2026-03-01', '2026-03-01', 10, [0, 0, 1, 2, 1])] }), plan()],
      TODAY,
    );
    expect(f).toMatchObject({ plans: 2, plansEvaluated: 1, evaluations: 1, plansCosted: 0, totalCost: 0 });
    const rows = serviceSummary(
      [plan({ evaluations: [evaluation('2026-03-01', '2026-03-01', 10, [0, 0, 1, 2, 1])] }), plan()],
      TODAY,
    ).satisfaction;
    expect(rows[0]).toEqual({ key: 'plansEvaluated', label: 'Planes con evaluación del servicio', text: '1 de 2' });
    expect(f.costPerTerritory).toBeUndefined();
    expect(f.costPerParticipant).toBeUndefined();
  });
});

describe('the printed figures', () => {
  const nbsp = (s: string) => s.replace(/\s/g, ' ');

  it('write numbers, shares and pesos the Colombian way, and omit what does not exist', () => {
    const summary = serviceSummary(
      [
        plan({
          evaluations: [evaluation('2026-03-01', '2026-03-01', 1200, [0, 0, 1, 2, 1])],
          costs: [{ amount: 12_345_678, from: day('2026-01-01'), to: day('2026-12-31'), covered: 'x' }],
        }),
      ],
      TODAY,
    );
    const rows = Object.fromEntries([...summary.satisfaction, ...summary.costs].map((r) => [r.key, nbsp(r.text)]));
    expect(rows).toMatchObject({
      asked: '1.200',
      answered: '4',
      responseRate: '0,3 %',
      satisfied: '75 %',
      mean: '4',
      totalCost: '$ 12.345.678',
      costPerTerritory: '$ 6.172.839',
      costPerParticipant: '$ 823.045',
      costPeriod: 'Del 1 de enero de 2026 al 31 de diciembre de 2026',
    });
    expect(summary.advisers).toEqual([]);
    expect(serviceSummary([plan()], TODAY)).toMatchObject({ satisfaction: [], costs: [], advisers: [] });
  });

  it('describe the satisfaction over time in words for the chart', () => {
    const service = planService(
      plan({
        evaluations: [
          evaluation('2026-06-01', '2026-06-30', 10, [0, 0, 0, 0, 0]),
          evaluation('2026-03-02', '2026-03-02', 10, [0, 0, 2, 2, 0]),
        ],
      }),
      TODAY,
      (id) => id.toUpperCase(),
    );
    expect(service.evaluations.map((e) => e.when)).toEqual([
      'Mesa del 2 de marzo de 2026',
      'Del 1 de junio de 2026 al 30 de junio de 2026',
    ]);
    expect(service.overTimeDescription).toContain(
      'Mesa del 2 de marzo de 2026: 50 %; Del 1 de junio de 2026 al 30 de junio de 2026: —',
    );
  });
});

describe('names of people in an evaluation’s free text', () => {
  const names = (text: string) => findPersonNames(text).map((f) => f.text);

  it('finds a name after an honorific or a title', () => {
    expect(names('Lo pidió la Sra. Gómez en la mesa')).toEqual(['Sra. Gómez']);
    expect(names('Según el doctor Ramírez y Doña Inés')).toEqual(['doctor Ramírez', 'Doña Inés']);
    expect(names('Propuesta del Ing Castaño')).toEqual(['Ing Castaño']);
  });

  it('finds a name after a label that introduces a person', () => {
    expect(names('Nombre: Yeferson Mosquera')).toEqual(['Nombre: Yeferson']);
    expect(names('participante: Valencia')).toEqual(['participante: Valencia']);
  });

  it('finds a common given name followed by a capitalised surname, accents or not', () => {
    expect(names('Como explicó María Fernanda Ríos')).toEqual(['María Fernanda']);
    expect(names('La Secretaría Juan Pérez')).toEqual(['Juan Pérez']);
    expect(names('lo que dijo Andres Lopez')).toEqual(['Andres Lopez']);
  });

  it('leaves places named after saints, roles, institutions and lower-case words alone', () => {
    expect(names('Diálogos en San José del Guaviare y San Juan Nepomuceno')).toEqual([]);
    expect(names('Una secretaria de planeación pidió más ejemplos')).toEqual([]);
    expect(names('Informes de la Gobernación del Chocó y de Función Pública')).toEqual([]);
    expect(names('Cómo leer un contrato de obra pública')).toEqual([]);
    expect(names('Puerto Carlos y Villa María')).toEqual([]);
  });

  it('cannot catch a surname alone or a given name outside its list (documented limits)', () => {
    expect(names('Gómez pidió profundizar')).toEqual([]);
    expect(names('Yeferson Mosquera pidió profundizar')).toEqual([]);
  });
});
