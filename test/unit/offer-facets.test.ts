import { describe, expect, it } from 'vitest';
import { field } from '../../src/derive/labels.ts';
import { facetFields, facetsOf, offerFacets, valuesAt } from '../../src/features/catalogue/offer-facets.ts';
import { offerTypes } from '../../src/schemas/offers.ts';

const terms = (taxonomy: string) =>
  taxonomy === 'entities'
    ? [
        { id: 'dnp', name: 'Departamento Nacional de Planeación' },
        { id: 'dafp', name: 'Función Pública' },
      ]
    : taxonomy === 'phases'
      ? [
          { id: 'evaluacion', name: 'Evaluación', order: 4 },
          { id: 'planeacion', name: 'Planeación', order: 1 },
        ]
      : [{ id: `${taxonomy}-1`, name: `Término de ${taxonomy}` }];

describe('offer catalogue facets come from the offer schema', () => {
  const facets = offerFacets(terms as never);
  const byKey = Object.fromEntries(facets.map((f) => [f.key, f]));

  it('has one facet per catalogue field, labelled with the field’s own label', () => {
    expect(facets.map((f) => f.key)).toEqual(facetFields.map((f) => f.key));
    for (const f of facets) expect(f.label).toBe(field('offers', f.path).meta.label);
  });

  it('enum facets list every schema value with the schema’s Spanish word', () => {
    expect(byKey.tipo!.values.map((v) => v.value)).toEqual([...offerTypes]);
    expect(byKey.tipo!.values.find((v) => v.value === 'asistencia-tecnica')!.name).toBe(
      field('offers', 'type').meta.options!['asistencia-tecnica'],
    );
    expect(byKey.alcance!.values.map((v) => v.value)).toEqual(field('offers', 'territorialFocus.scope').values);
  });

  it('reference facets list the referenced taxonomy, in its order', () => {
    expect(byKey.momento!.values.map((v) => v.value)).toEqual(['planeacion', 'evaluacion']);
    expect(byKey.entidad!.values.map((v) => v.name)).toEqual([
      'Departamento Nacional de Planeación',
      'Función Pública',
    ]);
    expect(byKey.grupo!.values).toEqual([{ value: 'valueGroups-1', name: 'Término de valueGroups' }]);
  });

  it('reads an offer’s values: a reference, a list of references, an enum, a nested enum', () => {
    const data = {
      entity: { id: 'dnp', collection: 'entities' },
      phases: [{ id: 'planeacion' }, { id: 'evaluacion' }],
      type: 'formacion',
      territorialFocus: { scope: 'nacional', regions: [], territories: [] },
    };
    expect(valuesAt(data, 'entity')).toEqual(['dnp']);
    expect(valuesAt(data, 'phases')).toEqual(['planeacion', 'evaluacion']);
    expect(facetsOf(data)).toMatchObject({ entidad: ['dnp'], tipo: ['formacion'], alcance: ['nacional'], sector: [] });
  });
});
