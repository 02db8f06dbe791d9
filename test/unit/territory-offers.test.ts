import { describe, expect, it } from 'vitest';
import { nearestFirst, offersByPhase, phasePreview, reachRank } from '../../src/features/territory/territory-offers.ts';
import type { Focus } from '../../src/core/places.ts';

const ids = (...list: string[]) => list.map((id) => ({ id }));
const offer = (
  id: string,
  scope: Focus['scope'],
  phases: string[],
  territories: string[] = [],
  regions: string[] = [],
) => ({
  id,
  data: {
    title: id,
    phases: ids(...phases),
    territorialFocus: { scope, territories: ids(...territories), regions: ids(...regions) },
  },
});

describe('offers of a territory, nearest first', () => {
  const municipal = offer('m', 'municipal', ['planeacion'], ['27001']);
  const departmental = offer('d', 'departamental', ['programacion', 'ejecucion'], ['27']);
  const regional = offer('r', 'regional', ['planeacion'], [], ['pacifico']);
  const national = offer('a-national', 'nacional', ['planeacion', 'ejecucion']);

  it('ranks the place itself, then its department, its region and the whole country', () => {
    expect(
      [municipal, departmental, regional, national].map((o) => reachRank(o.data.territorialFocus, '27001')),
    ).toEqual([0, 1, 2, 3]);
    // On the department's own page, an offer naming the department is aimed at the place itself.
    expect(reachRank(departmental.data.territorialFocus, '27')).toBe(0);
  });

  it('counts a national offer aimed at a profile among the aimed ones, not those reaching every place', () => {
    const forPdet = {
      id: 'pdet',
      data: {
        title: 'pdet',
        phases: ids('planeacion'),
        territorialFocus: { scope: 'nacional' as const, territories: [], regions: [], pdet: true },
      },
    };
    expect(reachRank(forPdet.data.territorialFocus, '27001')).toBe(2);
    const [planeacion] = offersByPhase([national, forPdet], [{ id: 'planeacion', order: 1 }], '27001');
    expect(planeacion!.aimed.map((o) => o.id)).toEqual(['pdet']);
    expect(planeacion!.national.map((o) => o.id)).toEqual(['a-national']);
  });

  it('puts national offers last whatever their title', () => {
    expect(nearestFirst([national, regional, departmental, municipal], '27001').map((o) => o.id)).toEqual([
      'm',
      'd',
      'r',
      'a-national',
    ]);
  });

  it('groups by phase in cycle order, aimed apart from national, and an offer of two phases is in both', () => {
    const phases = [
      { id: 'ejecucion', order: 3 },
      { id: 'planeacion', order: 1 },
      { id: 'programacion', order: 2 },
      { id: 'evaluacion', order: 4 },
    ];
    const groups = offersByPhase([national, regional, departmental, municipal], phases, '27001');
    expect(groups.map((g) => [g.phase.id, g.aimed.map((o) => o.id), g.national.map((o) => o.id)])).toEqual([
      ['planeacion', ['m', 'r'], ['a-national']],
      ['programacion', ['d'], []],
      ['ejecucion', ['d'], ['a-national']],
    ]);
    // Every offer is in some group (the schema gives each offer at least one phase).
    const grouped = new Set(groups.flatMap((g) => [...g.aimed, ...g.national]));
    expect(grouped.size).toBe(4);
  });

  it('a phase preview shows aimed offers first and says which lists go on', () => {
    const group = { aimed: [1, 2, 3], national: [7, 8, 9] };
    expect(phasePreview(group, 5)).toEqual({
      aimed: [1, 2, 3],
      national: [7, 8],
      moreAimed: false,
      moreNational: true,
    });
    expect(phasePreview({ aimed: [1, 2, 3, 4, 5, 6], national: [7] }, 5)).toEqual({
      aimed: [1, 2, 3, 4, 5],
      national: [],
      moreAimed: true,
      moreNational: true,
    });
    expect(phasePreview({ aimed: [1], national: [7] }, 5)).toEqual({
      aimed: [1],
      national: [7],
      moreAimed: false,
      moreNational: false,
    });
  });
});
