import { describe, expect, it } from 'vitest';
import { searchPlaces, type Place } from '../../src/features/territory/place-search.ts';

const place = (code: string, name: string, department?: string): Place => ({
  code,
  name,
  department,
  href: `/territorio/${code}/`,
});
const places = [
  place('11', 'Bogotá, D.C.'),
  place('27', 'Chocó'),
  place('27001', 'Quibdó', 'Chocó'),
  place('52', 'Nariño'),
  place('52835', 'San Andrés de Tumaco', 'Nariño'),
  place('88', 'Archipiélago de San Andrés, Providencia y Santa Catalina'),
  place('05313', 'Granada', 'Antioquia'),
  place('50313', 'Granada', 'Meta'),
];
const codes = (query: string) => searchPlaces(places, query).map((p) => p.code);

describe('finding a place', () => {
  it.each([
    ['Bogota', ['11']],
    ['narino', ['52', '52835']],
    ['Quibdo', ['27001']],
    ['QUIBDÓ', ['27001']],
    ['  quib ', ['27001']],
  ])('«%s» finds it without accents or capitals (a department, then its municipalities)', (query, expected) => {
    expect(codes(query)).toEqual(expected);
  });

  it('finds by DIVIPOLA code, a department code listing its municipalities', () => {
    expect(codes('27001')).toEqual(['27001']);
    expect(codes('27')).toEqual(['27', '27001']);
  });

  it('puts names that start with the query before names that contain it', () => {
    expect(codes('san andres')).toEqual(['52835', '88']);
    // Equally good matches: the department before the municipality.
    expect(codes('andres')).toEqual(['88', '52835']);
  });

  it('tells homonyms apart by their department', () => {
    expect(codes('granada meta')).toEqual(['50313']);
    expect(codes('granada')).toEqual(['05313', '50313']);
  });

  it('finds nothing for an empty query or an unknown name', () => {
    expect(codes('')).toEqual([]);
    expect(codes('—')).toEqual([]);
    expect(codes('Macondo')).toEqual([]);
  });
});
