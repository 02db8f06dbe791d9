import { describe, expect, it } from 'vitest';
import { departmentsReached, searchTags } from '../../src/lib/search-tags.ts';
import { searchOptions } from '../../src/lib/search-options.ts';

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
    });
    expect(tags.filters).toEqual({
      tipo: ['Buena práctica'],
      departamento: ['Bogotá, D.C.', 'Chocó'],
      tema: ['Participación ciudadana'],
      momento: ['Rendición de cuentas'],
    });
    expect(tags.meta).toEqual({ tipo: 'Buena práctica', territorio: 'Quibdó, Bojayá, Bogotá, D.C.' });
  });

  it('an entry without places of its own shows its scope instead', () => {
    const tags = searchTags({ type: 'Oferta', territories: [], departmentName: () => undefined, themes: [], phases: [], placeFallback: 'Nacional' });
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
  const codes = ['27', '19', '15', '27001', '15638'];
  const regionOf = (dept: string) => ({ '27': 'pacifico', '19': 'pacifico', '15': 'centro-oriente' })[dept];
  it('a national offer reaches every department; a regional one, its regions’ departments', () => {
    expect(departmentsReached({ scope: 'nacional', regions: [], territories: [] }, codes, regionOf)).toEqual(['27', '19', '15']);
    expect(departmentsReached({ scope: 'regional', regions: [{ id: 'pacifico' }], territories: [] }, codes, regionOf)).toEqual(['27', '19']);
  });
  it('a municipal offer is found under the departments of its municipalities only', () => {
    expect(departmentsReached({ scope: 'municipal', regions: [], territories: [{ id: '15638' }] }, codes, regionOf)).toEqual(['15']);
    const tags = searchTags({ type: 'Oferta', territories: [{ id: '15638', name: 'Sáchica' }], departmentName: (c) => ({ '15': 'Boyacá' })[c], themes: [], phases: [] });
    expect(tags.filters.departamento).toEqual(['Boyacá']);
  });
});
