/** The question the search island sends Pagefind and the snippet it shows (src/features/search/search-query.ts). */
import { describe, expect, it } from 'vitest';
import { isStopWord, searchTerms, snippetHtml } from '../../src/features/search/search-query.ts';

describe('searchTerms', () => {
  it('leaves Spanish stop words out, whatever their case or accents', () => {
    expect(searchTerms('rendicion de cuentas')).toBe('rendicion cuentas');
    expect(searchTerms('  La participación DE los jóvenes y el plan ')).toBe('participación jóvenes plan');
    expect(searchTerms('más allá del río')).toBe('allá río');
  });

  it('keeps a query made only of stop words, and a quoted phrase, as typed', () => {
    expect(searchTerms('de la')).toBe('de la');
    expect(searchTerms('"rendición de cuentas"')).toBe('"rendición de cuentas"');
  });

  it('knows a stop word with punctuation around it', () => {
    expect(isStopWord('De')).toBe(true);
    expect(isStopWord('«y,')).toBe(true);
    expect(isStopWord('cuentas')).toBe(false);
  });
});

describe('snippetHtml', () => {
  it('unmarks stop words and keeps the other marks', () => {
    expect(snippetHtml('<mark>Rendición</mark> <mark>de</mark> <mark>cuentas</mark> en Quibdó.')).toBe(
      '<mark>Rendición</mark> de <mark>cuentas</mark> en Quibdó.',
    );
  });

  it('says with «…» where it cuts a sentence', () => {
    expect(snippetHtml('antes de la jornada ordena la <mark>rendición</mark> de <mark>cuentas</mark>')).toBe(
      '… antes de la jornada ordena la <mark>rendición</mark> de <mark>cuentas</mark> …',
    );
    expect(snippetHtml('Recoger las preguntas.')).toBe('Recoger las preguntas.');
  });
});
