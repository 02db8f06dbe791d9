import { describe, expect, it } from 'vitest';
import { searchTags } from '../../src/features/search/search-tags.ts';
import { offerReach, reachOf } from '../../src/features/search/search-reach.ts';
import { departmentCode, focusReaches, type Focus } from '../../src/core/places.ts';
import { departmentReach, searchOptions } from '../../src/features/search/search-options.ts';

const departments: Record<string, string> = { '27': 'Chocó', '11': 'Bogotá, D.C.' };

describe('what Pagefind records of a page', () => {
  it('rolls municipalities up to their departments, once each, and shows the places', () => {
    const tags = searchTags({
      type: 'Buena práctica',
      territories: [
        { id: '27001', name: 'Quibdó' },
        { id: '27099', name: 'Bojayá' },
        { id: '11', name: 'Bogotá, D.C.' },
      ],
      departmentName: (code) => departments[code],
      themes: ['Participación ciudadana'],
      phases: ['Rendición de cuentas'],
      sdg: ['ODS 16 · Paz, justicia e instituciones sólidas', 'ODS 16 · Paz, justicia e instituciones sólidas'],
    });
    expect(tags.filters).toEqual({
      tipo: ['Buena práctica'],
      departamento: ['Bogotá, D.C.', 'Chocó'],
      tema: ['Participación ciudadana'],
      momento: ['Rendición de cuentas'],
      ods: ['ODS 16 · Paz, justicia e instituciones sólidas'],
    });
    expect(tags.meta).toEqual({ tipo: 'Buena práctica', territorio: 'Quibdó, Bojayá, Bogotá, D.C.' });
  });

  it('an entry without places of its own shows its scope instead', () => {
    const tags = searchTags({
      type: 'Oferta',
      territories: [],
      departmentName: () => undefined,
      themes: [],
      phases: [],
      placeFallback: 'Nacional',
    });
    expect(tags.meta.territorio).toBe('Nacional');
    expect(tags.filters.departamento).toEqual([]);
  });

  it('the search page offers departments only (not municipalities), and the types pages are tagged with', () => {
    const options = searchOptions({
      territories: [
        { id: '27', name: 'Chocó' },
        { id: '27001', name: 'Quibdó' },
        { id: '05', name: 'Antioquia' },
      ],
      themes: [],
      phases: [
        { id: 'b', name: 'Evaluación', order: 4 },
        { id: 'a', name: 'Planeación', order: 1 },
      ],
    });
    expect(options.departamento).toEqual(['Antioquia', 'Chocó']);
    expect(options.momento).toEqual(['Planeación', 'Evaluación']);
    expect(options.tipo).toContain('Buena práctica');
    expect(options.tipo).toContain('Oferta');
  });
});

describe('the departments an offer is found under', () => {
  const departments: Record<string, string> = { '27': 'Chocó', '19': 'Cauca', '15': 'Boyacá', '05': 'Antioquia' };
  const regionOf = (dept: string) =>
    ({ '27': 'pacifico', '19': 'pacifico', '15': 'centro-oriente', '05': 'eje' })[dept];
  const regions: Record<string, string> = {
    pacifico: 'Pacífico',
    'centro-oriente': 'Centro Oriente',
    eje: 'Eje Cafetero y Antioquia',
  };
  const names = { department: (code: string) => departments[code], region: (id: string) => regions[id] };
  const offers: Focus[] = [
    { scope: 'nacional', regions: [], territories: [] },
    { scope: 'regional', regions: [{ id: 'pacifico' }], territories: [] },
    { scope: 'regional', regions: [{ id: 'pacifico' }], territories: [{ id: '27' }, { id: '05' }] },
    { scope: 'departamental', regions: [], territories: [{ id: '15' }, { id: '27' }] },
    { scope: 'municipal', regions: [], territories: [{ id: '15638' }] },
  ];

  it('a national offer is filed once for the whole country, a regional one under its regions, the rest under their departments', () => {
    expect(offers.map((f) => offerReach(f, names, regionOf))).toEqual([
      ['Todo el país'],
      ['Región Pacífico'],
      ['Región Pacífico', 'Antioquia'],
      ['Boyacá', 'Chocó'],
      ['Boyacá'],
    ]);
  });

  it('choosing a department finds exactly the offers that reach it, each counted once', () => {
    for (const [code, name] of Object.entries(departments)) {
      const asked = reachOf(name, regions[regionOf(code)!]);
      const matches = offers.map((f) => offerReach(f, names, regionOf).filter((v) => asked.includes(v)).length);
      const reaches = offers.map(
        (f) => focusReaches(f, code, regionOf, undefined) || f.territories.some((t) => departmentCode(t.id) === code),
      );
      expect(
        matches.map((n) => n > 0),
        name,
      ).toEqual(reaches);
      expect(Math.max(...matches), name).toBe(1);
    }
  });

  it('the search page knows what each department stands for', () => {
    const reach = departmentReach(
      [
        { id: '27', name: 'Chocó', region: { id: 'pacifico' } },
        { id: '27001', name: 'Quibdó' },
        { id: '88', name: 'San Andrés' },
      ],
      (id) => regions[id],
    );
    expect(reach).toEqual({
      Chocó: ['Chocó', 'Región Pacífico', 'Todo el país'],
      'San Andrés': ['San Andrés', 'Todo el país'],
    });
  });

  it('a municipal entry is found under its department', () => {
    const tags = searchTags({
      type: 'Oferta',
      territories: [{ id: '15638', name: 'Sáchica' }],
      departmentName: (c) => ({ '15': 'Boyacá' })[c],
      themes: [],
      phases: [],
    });
    expect(tags.filters.departamento).toEqual(['Boyacá']);
  });
});
