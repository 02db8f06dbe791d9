import { describe, expect, it } from 'vitest';
import { departmentCode, focusReaches, territorySlug, type Focus } from '../../src/core/places.ts';
import { byPhase, entriesFor, offersReaching } from '../../src/features/territory/territory-view.ts';

const regionOf = (dept: string) => ({ '27': 'pacifico', '52': 'pacifico', '15': 'centro-oriente' })[dept];
const focus = (scope: Focus['scope'], ids: string[] = [], regions: string[] = []): Focus => ({
  scope,
  territories: ids.map((id) => ({ id })),
  regions: regions.map((id) => ({ id })),
});
const tagged = (id: string, ...codes: string[]) => ({ id, data: { territories: codes.map((c) => ({ id: c })) } });

describe('territories', () => {
  it('builds page slugs from code and name without accents', () => {
    expect(territorySlug({ code: '27001', name: 'Quibdó' })).toBe('27001-quibdo');
    expect(territorySlug({ code: '11', name: 'Bogotá, D.C.' })).toBe('11-bogota-d-c');
    expect(territorySlug({ code: '52', name: 'Nariño' })).toBe('52-narino');
  });

  it('reads the department from a municipality code', () => {
    expect(departmentCode('05001')).toBe('05');
    expect(departmentCode('27')).toBe('27');
  });

  it.each([
    ['national offers reach every municipality', focus('nacional'), '27001', true],
    ['regional offers reach municipalities of their regions', focus('regional', [], ['pacifico']), '52835', true],
    ['regional offers do not reach other regions', focus('regional', [], ['pacifico']), '15469', false],
    ['departmental offers reach the department', focus('departamental', ['27']), '27', true],
    ['departmental offers reach its municipalities', focus('departamental', ['27']), '27001', true],
    ['departmental offers do not reach other departments', focus('departamental', ['27']), '52835', false],
    ['municipal offers reach the municipality named', focus('municipal', ['27001']), '27001', true],
    ['municipal offers do not reach a neighbour', focus('municipal', ['27001']), '27006', false],
    ['municipal offers do not reach the department as a whole', focus('municipal', ['27001']), '27', false],
  ])('%s', (_, f, code, expected) => {
    expect(focusReaches(f, code, regionOf, undefined)).toBe(expected);
  });

  it('separates a municipality’s own entries from its department’s', () => {
    const entries = [
      tagged('own', '27001'),
      tagged('dept', '27'),
      tagged('neighbour', '27006'),
      tagged('elsewhere', '52835'),
    ];
    const { own, department } = entriesFor(entries, '27001');
    expect(own.map((e) => e.id)).toEqual(['own']);
    expect(department.map((e) => e.id)).toEqual(['dept', 'neighbour']);
  });

  it('gives a department every entry within it', () => {
    const entries = [tagged('a', '27001'), tagged('b', '27'), tagged('c', '52835')];
    expect(entriesFor(entries, '27').own.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('groups the offers reaching a place by phase, in cycle order', () => {
    const offer = (id: string, f: Focus, ...phases: string[]) => ({
      id,
      data: { territorialFocus: f, phases: phases.map((p) => ({ id: p })) },
    });
    const offers = [
      offer('nacional', focus('nacional'), 'rendicion-de-cuentas', 'planeacion'),
      offer('narino', focus('departamental', ['52']), 'planeacion'),
      offer('choco', focus('departamental', ['27']), 'ejecucion'),
    ];
    const reaching = offersReaching(offers, '27001', regionOf, undefined);
    const groups = byPhase(reaching, [
      { id: 'rendicion-de-cuentas', order: 5 },
      { id: 'planeacion', order: 1 },
      { id: 'ejecucion', order: 3 },
    ]);
    expect(groups.map((g) => [g.phase.id, g.offers.map((o) => o.id)])).toEqual([
      ['planeacion', ['nacional']],
      ['ejecucion', ['choco']],
      ['rendicion-de-cuentas', ['nacional']],
    ]);
  });
});

describe('territory counts for the map', () => {
  it('counts entries within a department and offers addressed to it, not national ones', async () => {
    const { departmentContentCount } = await import('../../src/features/territory/territory-counts.ts');
    const offer = (f: Focus) => ({ id: 'o', data: { territorialFocus: f, phases: [] } });
    const entries = [tagged('a', '27001'), tagged('b', '27'), tagged('c', '52835')];
    const offers = [
      offer(focus('nacional')),
      offer(focus('regional', [], ['pacifico'])),
      offer(focus('municipal', ['27001'])),
      offer(focus('departamental', ['15'])),
    ];
    expect(departmentContentCount('27', entries, offers, regionOf)).toBe(4);
    expect(departmentContentCount('15', entries, offers, regionOf)).toBe(1);
    expect(departmentContentCount('05', entries, offers, regionOf)).toBe(0);
  });

  it('puts counts into shade bands, with a legend that covers every count', async () => {
    const { shadeBands, shadeLevel } = await import('../../src/features/territory/territory-counts.ts');
    expect([0, 1, 2, 3, 5, 6, 40].map((n) => shadeLevel(n))).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(shadeBands()).toEqual([
      [0, 0],
      [1, 2],
      [3, 5],
      [6, undefined],
    ]);
  });
});

describe('practices a territory adopted', () => {
  it('lists the practices naming it in adoptedBy, and only those', async () => {
    const { adoptedBy } = await import('../../src/features/territory/territory-view.ts');
    const practice = (id: string, ...codes: string[]) => ({ id, data: { adoptedBy: codes.map((c) => ({ id: c })) } });
    const practices = [practice('acueducto', '05541', '05313'), practice('predial', '15686')];
    expect(adoptedBy(practices, '05313').map((p) => p.id)).toEqual(['acueducto']);
    expect(adoptedBy(practices, '05')).toEqual([]);
  });
});
