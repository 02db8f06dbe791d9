/** How a jornada's place and deadline read: no «inscritas., Quibdó», no «5:00 p. m..». */
import { describe, expect, it } from 'vitest';
import { placeLine, sentence } from '../../src/features/training/event-view.ts';

describe('placeLine', () => {
  it('drops the full stop an editor ends a part with, and empty parts', () => {
    expect(
      placeLine([
        'Auditorio de la Gobernación',
        'Centro de Quibdó; la Gobernación confirma la sala a las personas inscritas.',
        undefined,
        'Quibdó',
      ]),
    ).toBe(
      'Auditorio de la Gobernación, Centro de Quibdó; la Gobernación confirma la sala a las personas inscritas, Quibdó',
    );
  });
});

describe('sentence', () => {
  it('ends with one full stop', () => {
    expect(sentence('Inscripciones hasta el lunes, 30 de noviembre de 2026, 5:00 p. m.')).toBe(
      'Inscripciones hasta el lunes, 30 de noviembre de 2026, 5:00 p. m.',
    );
    expect(sentence('Inscripciones hasta el lunes, 30 de noviembre de 2026, 17:00')).toBe(
      'Inscripciones hasta el lunes, 30 de noviembre de 2026, 17:00.',
    );
  });
});
