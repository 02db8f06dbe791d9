import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relatedEntries, spanishIndex, type RelatedDoc } from '../../src/features/related/related.ts';
import { checkContent } from '../../src/validation/validate.ts';

const root = join(import.meta.dirname, '../..');

/** The demo practices, lessons and offers as the site's related-content component sees them. */
function demoDocs(): RelatedDoc[] {
  const { entries } = checkContent(root);
  const themeName = new Map(
    entries.filter((e) => e.collection === 'themes').map((e) => [e.id, (e.data as { name: string }).name]),
  );
  return entries
    .filter((e) => ['practices', 'lessons', 'offers'].includes(e.collection))
    .map((e) => {
      const d = e.data as { title: string; summary: string; themes: { id: string }[] };
      return {
        key: `${e.collection}/${e.id}`,
        title: d.title,
        summary: d.summary,
        themes: d.themes.map((t) => themeName.get(t.id)!),
        body: e.body,
      };
    });
}

describe('related content (lunr, Spanish)', () => {
  const related = relatedEntries(demoDocs());

  it('the itinerant accountability practice in Quibdó is related to the other accountability content', () => {
    const neighbours = related.get('practices/rendicion-de-cuentas-itinerante-quibdo')!;
    expect(neighbours).toHaveLength(5);
    expect(neighbours.slice(0, 3).sort()).toEqual([
      'lessons/preguntas-previas-por-vereda-ordenan-la-rendicion-de-cuentas',
      'offers/acompanamiento-rendicion-de-cuentas',
      'practices/rendicion-de-cuentas-por-emisora-comunitaria-inza',
    ]);
    expect(neighbours).not.toContain('practices/rendicion-de-cuentas-itinerante-quibdo');
  });

  it('the property-tax practice is related to fiscal content, not to accountability', () => {
    const neighbours = related.get('practices/recaudo-predial-moniquira')!;
    expect(neighbours.slice(0, 2)).toContain('lessons/depurar-la-cartera-antes-del-cobro-coactivo');
    expect(neighbours).toContain('offers/fortalecimiento-fiscal-municipios-sexta-categoria');
    expect(neighbours.some((k) => k.includes('rendicion-de-cuentas'))).toBe(false);
  });

  it('folds accents (the opt-in of lunr-languages) and stems Spanish plurals', () => {
    const doc = (key: string, body: string): RelatedDoc => ({ key, title: '', summary: '', themes: [], body });
    const index = spanishIndex([doc('a', 'Educación de las niñas en las alcaldías'), doc('b', 'Vías terciarias')]);
    expect(index.search('educacion').map((h) => h.ref)).toEqual(['a']);
    expect(index.search('alcaldia').map((h) => h.ref)).toEqual(['a']);
    expect(index.search('niña').map((h) => h.ref)).toEqual(['a']);
  });
});
