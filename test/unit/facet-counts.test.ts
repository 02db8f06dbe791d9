import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  filterItems,
  searchableText,
  type FacetedItem,
} from '../../src/features/catalogue/facet-counts.ts';

const item = (tipo: string, momento: string[], text: string): FacetedItem => ({
  facets: { tipo: [tipo], momento },
  text: searchableText(text),
});
const items = [
  item('formacion', ['planeacion'], 'Formación en gestión fiscal'),
  item('formacion', ['evaluacion', 'planeacion'], 'Curso de rendición de cuentas'),
  item('herramienta', ['evaluacion'], 'Tablero de seguimiento'),
  item('asistencia-tecnica', ['ejecucion'], 'Acompañamiento a alcaldías pequeñas'),
];
const keys = ['tipo', 'momento'];
const count = (sel: Record<string, string[]>, key: string, value: string, q = '') =>
  facetCounts(items, sel, keys, q)[key]?.get(value) ?? 0;

describe('offer facets: OR within a facet, AND across facets', () => {
  it('with nothing chosen, counts every item under each of its values', () => {
    expect(count({}, 'tipo', 'formacion')).toBe(2);
    expect(count({}, 'momento', 'planeacion')).toBe(2);
    expect(count({}, 'momento', 'evaluacion')).toBe(2);
  });

  it('values of one facet are alternatives: choosing one does not change its siblings’ counts', () => {
    const sel = { tipo: ['formacion'] };
    expect(count(sel, 'tipo', 'herramienta')).toBe(1);
    expect(filterItems(items, { tipo: ['formacion', 'herramienta'] })).toHaveLength(3);
  });

  it('a choice in one facet narrows the counts of the others', () => {
    const sel = { tipo: ['formacion'] };
    expect(count(sel, 'momento', 'evaluacion')).toBe(1);
    expect(count(sel, 'momento', 'ejecucion')).toBe(0);
    expect(filterItems(items, { tipo: ['formacion'], momento: ['evaluacion'] })).toHaveLength(1);
  });

  it('the text filter ignores accents and case, needs every word, and narrows counts too', () => {
    expect(filterItems(items, {}, 'rendicion')).toHaveLength(1);
    expect(filterItems(items, {}, 'ALCALDÍAS pequenas')).toHaveLength(1);
    expect(filterItems(items, {}, 'alcaldias fiscal')).toHaveLength(0);
    expect(count({}, 'tipo', 'formacion', 'gestion')).toBe(1);
  });

  it('matches whole words from their start, not the middle of another word', () => {
    expect(filterItems(items, {}, 'tablero')).toHaveLength(1);
    expect(filterItems(items, {}, 'ablero')).toHaveLength(0);
  });
});
