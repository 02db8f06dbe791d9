import { describe, expect, it } from 'vitest';
import {
  offerItem,
  packCatalogue,
  unpackCatalogue,
  type CatalogueWords,
  type OfferRecord,
} from '../../src/features/catalogue/catalogue-data.ts';
import { facetCounts, filterItems } from '../../src/features/catalogue/facet-counts.ts';

const names: Record<string, Record<string, string>> = {
  entidad: { dnp: 'Departamento Nacional de Planeación', igac: 'Instituto Geográfico Agustín Codazzi' },
  tipo: { formacion: 'Formación', herramienta: 'Herramienta' },
  modalidad: { virtual: 'Virtual', mixta: 'Mixta' },
  momento: { planeacion: 'Planeación', evaluacion: 'Evaluación' },
};
const words: CatalogueWords = { base: '/oferta/', kicker: 'Oferta', facetName: (key, value) => names[key]![value]! };
const facets = Object.entries(names).map(([key, values]) => ({
  key,
  present: Object.entries(values).map(([value, name]) => ({ value, name })),
}));

const offers: OfferRecord[] = [
  {
    id: 'kit',
    title: 'Kit de Planeación Territorial',
    summary: 'Guías para el plan de desarrollo.',
    places: '',
    facets: { entidad: ['dnp'], tipo: ['herramienta'], modalidad: ['virtual'], momento: ['planeacion', 'evaluacion'] },
    themes: ['Finanzas públicas'],
  },
  {
    id: 'catastro',
    title: 'Actualización catastral',
    summary: 'Cooperación con municipios.',
    places: 'Quibdó, Tumaco',
    facets: { entidad: ['igac'], tipo: ['formacion'], modalidad: ['mixta'], momento: ['evaluacion'] },
    themes: ['Ordenamiento territorial', 'Finanzas públicas'],
  },
];

describe('the catalogue file', () => {
  const data = packCatalogue({ base: words.base, kicker: words.kicker }, facets, offers);

  it('unpacks to exactly the cards, facet values and text the pages build', () => {
    expect(unpackCatalogue(data)).toEqual(offers.map((o) => offerItem(words, o)));
  });

  it('a card is the offer’s title, summary, places and the names of who offers it, its type and modality', () => {
    expect(offerItem(words, offers[1]!).card).toEqual({
      href: '/oferta/catastro/',
      title: 'Actualización catastral',
      summary: 'Cooperación con municipios.',
      kicker: 'Oferta',
      meta: ['Quibdó, Tumaco', 'Instituto Geográfico Agustín Codazzi', 'Formación', 'Mixta'],
    });
  });

  it('the text filter reads the entity and the themes, without accents', () => {
    const items = unpackCatalogue(data);
    expect(filterItems(items, {}, 'codazzi').map((i) => i.id)).toEqual(['catastro']);
    expect(filterItems(items, {}, 'finanzas publicas').map((i) => i.id)).toEqual(['kit', 'catastro']);
    expect(filterItems(items, {}, 'ordenamiento').map((i) => i.id)).toEqual(['catastro']);
  });

  it('stores repeated words once: facet values and themes become small indexes', () => {
    expect(data.themes).toEqual(['Finanzas públicas', 'Ordenamiento territorial']);
    expect(data.items[1]).toEqual([
      'catastro',
      'Actualización catastral',
      'Cooperación con municipios.',
      'Quibdó, Tumaco',
      [[1], [0], [1], [1]],
      [1, 0],
    ]);
  });

  it('counts from the file match counts from the pages’ items', () => {
    const keys = facets.map((f) => f.key);
    const fromPages = facetCounts(
      offers.map((o) => offerItem(words, o)),
      { tipo: ['herramienta'] },
      keys,
    );
    expect(facetCounts(unpackCatalogue(data), { tipo: ['herramienta'] }, keys)).toEqual(fromPages);
    expect(fromPages.momento!.get('evaluacion')).toBe(1);
  });
});
