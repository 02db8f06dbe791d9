import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { formatDate, formatNumber, formatPesos, isoDay } from '../../src/i18n/format.ts';
import { fold, slugify } from '../../src/core/slug.ts';

describe('Spanish (Colombia) words and formats', () => {
  it('chooses plural forms by number', () => {
    expect(t('list.practices', { n: 1 })).toBe('1 buena práctica');
    expect(t('list.practices', { n: 12 })).toBe('12 buenas prácticas');
    expect(t('list.lessons', { n: 0 })).toBe('0 lecciones aprendidas');
  });

  it('formats numbers in placeholders the Colombian way', () => {
    expect(t('list.offers', { n: 1500 })).toBe('1.500 ofertas');
  });

  it('fills placeholders', () => {
    expect(t('territory.offersReaching', { name: 'Quibdó' })).toBe('Oferta que llega a Quibdó');
  });

  it('formats a calendar day without shifting it to the day before', () => {
    const day = new Date('2025-03-01T00:00:00Z');
    expect(formatDate(day)).toBe('1 de marzo de 2025');
    expect(isoDay(day)).toBe('2025-03-01');
  });

  it('formats numbers and pesos for es-CO', () => {
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatPesos(45000000).replace(/\s/g, ' ')).toBe('$ 45.000.000');
  });

  it('folds accents, ñ and case for slugs and matching', () => {
    expect(slugify('Nariño — Tumaco')).toBe('narino-tumaco');
    expect(fold('QUIBDÓ')).toBe('quibdo');
  });
});
