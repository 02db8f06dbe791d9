/**
 * The catalogue's pages without JavaScript: which selections get a page, and what a page
 * shows for its selection: each value's count is what its link lists, the link leads to the
 * page of the selection it makes, and taxonomy facets stand alone.
 */
import { describe, expect, it } from 'vitest';
import {
  catalogueSelections,
  facetViews,
  limitedSelection,
  selectionHref,
} from '../../src/features/catalogue/catalogue-pages.ts';
import { filterItems, type FacetedItem } from '../../src/features/catalogue/facet-counts.ts';

const item = (tipo: string, modalidad: string, departamento: string[]): FacetedItem => ({
  facets: { tipo: [tipo], modalidad: [modalidad], departamento },
  text: '',
});
const items = [
  item('formacion', 'virtual', ['27', '05']),
  item('formacion', 'presencial', ['27']),
  item('herramienta', 'virtual', ['05']),
];
const facets = [
  {
    key: 'departamento',
    label: 'Departamento',
    present: [
      { value: '05', name: 'Antioquia' },
      { value: '27', name: 'Chocó' },
    ],
    standalone: true,
  },
  {
    key: 'tipo',
    label: 'Tipo',
    present: [
      { value: 'formacion', name: 'Formación' },
      { value: 'herramienta', name: 'Herramienta' },
    ],
  },
  {
    key: 'modalidad',
    label: 'Modalidad',
    present: [
      { value: 'presencial', name: 'Presencial' },
      { value: 'virtual', name: 'Virtual' },
    ],
  },
];
const order = facets.map((f) => f.key);

describe('catalogue pages without JavaScript', () => {
  it('one address per selection, in facet order', () => {
    expect(
      selectionHref('/oferta/', order, [
        { key: 'modalidad', value: 'virtual' },
        { key: 'tipo', value: 'formacion' },
      ]),
    ).toBe('/oferta/tipo/formacion/modalidad/virtual/');
  });

  it('makes a page for every value and every non-empty pair of combinable values', () => {
    const pages = catalogueSelections(items, facets).map((s) => selectionHref('/oferta/', order, s.choices));
    expect(pages).toContain('/oferta/departamento/27/');
    expect(pages).toContain('/oferta/tipo/formacion/modalidad/virtual/');
    expect(pages).not.toContain('/oferta/tipo/herramienta/modalidad/presencial/');
    expect(pages.filter((p) => p.startsWith('/oferta/departamento/'))).toEqual([
      '/oferta/departamento/05/',
      '/oferta/departamento/27/',
    ]);
  });

  it('counts on a page what each link lists, for the page’s selection', () => {
    const pages = new Map(
      catalogueSelections(items, facets).map((s) => [selectionHref('/oferta/', order, s.choices), s.items.length]),
    );
    const views = facetViews(items, facets, [{ key: 'tipo', value: 'formacion' }], '/oferta/');
    const modality = views.find((v) => v.key === 'modalidad')!.options;
    expect(modality.map((o) => [o.name, o.count, o.href])).toEqual([
      ['Presencial', 1, '/oferta/tipo/formacion/modalidad/presencial/'],
      ['Virtual', 1, '/oferta/tipo/formacion/modalidad/virtual/'],
    ]);
    for (const view of views)
      for (const o of view.options) expect(o.href ? pages.get(o.href) : 0, o.href).toBe(o.count);
    // The department stands alone: a type page does not offer it, a department page offers only departments.
    expect(views.map((v) => v.key)).toEqual(['tipo', 'modalidad']);
    expect(limitedSelection(facets, [{ key: 'tipo', value: 'formacion' }])).toBe(true);
    const choco = facetViews(items, facets, [{ key: 'departamento', value: '27' }], '/oferta/');
    expect(choco.map((v) => v.key)).toEqual(['departamento']);
    expect(choco[0]!.options.map((o) => [o.count, o.current])).toEqual([
      [2, false],
      [2, true],
    ]);
    expect(filterItems(items, { departamento: ['27'] })).toHaveLength(2);
  });

  it('shows the whole catalogue’s counts with no selection, and lets a full page only swap', () => {
    const all = facetViews(items, facets, [], '/oferta/');
    expect(all.find((v) => v.key === 'tipo')!.options.map((o) => [o.count, o.href])).toEqual([
      [2, '/oferta/tipo/formacion/'],
      [1, '/oferta/tipo/herramienta/'],
    ]);
    const pair = facetViews(
      items,
      facets,
      [
        { key: 'tipo', value: 'herramienta' },
        { key: 'modalidad', value: 'virtual' },
      ],
      '/oferta/',
    );
    expect(pair.find((v) => v.key === 'modalidad')!.options.map((o) => [o.count, o.href])).toEqual([
      [0, undefined],
      [1, '/oferta/tipo/herramienta/modalidad/virtual/'],
    ]);
  });
});
