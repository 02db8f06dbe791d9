/**
 * A field's label is written once, in its schema. This test collects every label the
 * schemas declare and fails when one is written as a literal anywhere else in the code.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FieldInfo } from '../../src/derive/fields.ts';
import { fieldsOf } from '../../src/derive/labels.ts';
import { collectionNames, collections } from '../../src/schemas/index.ts';

const root = join(import.meta.dirname, '../..');

function labelsOf(fields: FieldInfo[], withOptions: boolean, out: Set<string>): Set<string> {
  for (const f of fields) {
    if (f.meta.label) out.add(f.meta.label);
    // An option whose word is its own value (a PDET subregion, «Chocó») is data, a proper name
    // that may also name a place elsewhere; only words standing for a code are labels.
    if (withOptions)
      for (const [value, word] of Object.entries(f.meta.options ?? {})) if (word !== value) out.add(word);
    if (f.fields) labelsOf(f.fields, withOptions, out);
    if (f.item) labelsOf([f.item], withOptions, out);
  }
  return out;
}

/** Field labels and collection names; with options, also the words for enum values. */
function schemaWords(withOptions: boolean): Set<string> {
  const words = new Set<string>();
  for (const name of collectionNames) {
    labelsOf(fieldsOf(name), withOptions, words);
    const c = collections[name];
    words.add(c.label);
    words.add(c.labelSingular);
    if ('body' in c) words.add(c.body.label);
  }
  return words;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs|js|tsx)$/.test(name) ? [path] : [];
  });
}

/** Where a word stands as a whole literal: a quoted string or a text node of a template. */
const literals = (source: string) => [
  ...[...source.matchAll(/'((?:[^'\\\n]|\\.)+)'|"((?:[^"\\\n]|\\.)+)"|`([^`$\n]+)`/g)].map(
    (m) => m[1] ?? m[2] ?? m[3] ?? '',
  ),
  ...[...source.matchAll(/>\s*([^<>{}\n]+?)\s*</g)].map((m) => m[1] ?? ''),
];

describe('labels live only in their schema', () => {
  const words = schemaWords(true);

  it('finds the labels declared by the schemas', () => {
    expect(words).toContain('Qué no funcionó');
    expect(words).toContain('Código DIVIPOLA');
    expect(words).toContain('Buena práctica');
  });

  it('no file outside src/schemas writes a schema label as a literal', () => {
    const files = ['src', 'cms', 'scripts'].flatMap((d) => {
      try {
        return sourceFiles(join(root, d));
      } catch {
        return [];
      }
    });
    const offenders = files
      .filter((f) => !/^src\/(schemas|i18n)\//.test(relative(root, f))) // the dictionary has its own test below
      .flatMap((file) =>
        literals(readFileSync(file, 'utf8'))
          .filter((l) => words.has(l))
          .map((l) => `${relative(root, file)}: «${l}»`),
      );
    expect(offenders).toEqual([]);
  });

  it('the interface dictionary does not repeat a schema label', async () => {
    const { es } = await import('../../src/i18n/es.ts');
    const repeated = Object.entries(es)
      .flatMap(([key, value]) =>
        typeof value === 'string' ? [[key, value]] : Object.values(value).map((v) => [key, v]),
      )
      // Computed statuses (a milestone «Cumplido») may share a word with an enum option; labels may not.
      .filter(([, value]) => schemaWords(false).has(value!));
    expect(repeated).toEqual([]);
  });
});
