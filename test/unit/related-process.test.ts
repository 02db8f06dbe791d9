/**
 * The related entries the build gets from its child process are those the matching finds in
 * process: same entries, same order; and a child that cannot run fails the build with an error
 * that says so, instead of pages without related entries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relatedEntries, type RelatedDoc } from '../../src/features/related/related.ts';
import { relatedInChildProcess } from '../../src/features/related/related-process.ts';
import { BuildError } from '../../src/core/errors/index.ts';

const root = join(import.meta.dirname, '../..');

const doc = (key: string, title: string, summary: string, themes: string[], body = ''): RelatedDoc => ({
  key,
  title,
  summary,
  themes,
  body,
});
const docs = [
  doc('practices/acueducto', 'Acueducto veredal con juntas de agua', 'Agua potable para veredas dispersas', ['Agua']),
  doc('lessons/acueducto', 'Lo que aprendimos del acueducto veredal', 'Juntas de agua y tarifas', ['Agua']),
  doc('offers/agua', 'Asistencia técnica en agua potable', 'Para acueductos rurales y juntas', ['Agua']),
  doc('practices/catastro', 'Catastro multipropósito', 'Actualización catastral con la comunidad', ['Catastro']),
  doc('offers/catastro', 'Acompañamiento al catastro multipropósito', 'Gestores catastrales', ['Catastro']),
  doc('lessons/niñez', 'Primera infancia en zonas rurales', 'Educación inicial y familias', ['Niñez']),
];

describe('related entries from a child process', () => {
  it('are those the matching finds in process, in the same order', async () => {
    const inProcess = relatedEntries(docs, 2);
    const fromChild = await relatedInChildProcess(docs, 2, root);
    expect([...fromChild]).toEqual([...inProcess]);
    expect(fromChild.get('practices/acueducto')).toContain('lessons/acueducto');
    expect(fromChild.get('offers/catastro')).toEqual(['practices/catastro']);
  });

  it('fail with an error naming the process when it cannot run', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'rt-related-'));
    try {
      const failure = await relatedInChildProcess(docs, 2, elsewhere).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BuildError);
      expect((failure as BuildError).message).toMatch(/related entries ended with 1: .*related-child\.ts/s);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
