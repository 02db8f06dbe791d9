/**
 * Bad input for an offer's differential focus (issue 18, item 4): an offer aimed at a capacity
 * group, a municipal category or a PDET subregion that does not exist is refused by the CMS's
 * one-entry verdict with file, line and field in Spanish — the words of the territory profile's
 * closed lists — and `npm run check` reports the same for the same file in the tree.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateEntryText } from '../../src/validation/entry.ts';
import { entryContextOf } from '../../src/validation/entry-context.ts';
import { loadContent } from '../../src/validation/load.ts';
import { checkContent } from '../../src/validation/validate.ts';

const root = join(import.meta.dirname, '../..');
const context = entryContextOf(root, loadContent(root).entries);
const FILE = 'content/offers/acompanamiento-rendicion-de-cuentas.mdx';
const good = readFileSync(join(root, FILE), 'utf8');
const bad = good.replace(
  '  capacityGroups:\n    - G4\n    - G5\n',
  '  capacityGroups:\n    - G4\n    - G7\n  categories:\n    - "7"\n  pdetSubregions:\n    - Sur de Cordoba\n',
);

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('an offer’s differential focus', () => {
  it('the demo offer with a focus is valid', () => {
    expect(bad).not.toBe(good);
    expect(validateEntryText('offers', FILE, good, context).problems).toEqual([]);
  });

  it('refuses a capacity group, a category and a subregion that do not exist, naming file, line and field', () => {
    const { problems } = validateEntryText('offers', FILE, bad, context);
    expect(
      problems.map((p) => ({ file: p.file, line: p.line, field: p.field, label: p.fieldLabel, message: p.message })),
    ).toEqual([
      {
        file: FILE,
        line: lineOf(bad, '- G7'),
        field: 'territorialFocus.capacityGroups[1]',
        label: 'Focalización territorial › Grupos de capacidades iniciales a los que se dirige › n.º 2',
        message: '«G7» no es un grupo de capacidades iniciales de la MDM del DNP. Use uno de: C, G1, G2, G3, G4, G5.',
      },
      {
        file: FILE,
        line: lineOf(bad, '- "7"'),
        field: 'territorialFocus.categories[0]',
        label: 'Focalización territorial › Categorías municipales a las que se dirige › n.º 1',
        message: '«7» no es una categoría municipal de la Ley 617 de 2000. Use uno de: especial, 1, 2, 3, 4, 5, 6.',
      },
      {
        file: FILE,
        line: lineOf(bad, '- Sur de Cordoba'),
        field: 'territorialFocus.pdetSubregions[0]',
        label: 'Focalización territorial › Subregiones PDET a las que se dirige › n.º 1',
        message: expect.stringMatching(/^«Sur de Cordoba» no es una de las 16 subregiones PDET/),
      },
    ]);
  });

  const tree = mkdtempSync(join(root, '.tmp-offer-focus-check-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  it('npm run check reports the same problems for the same file in the tree', { timeout: 120_000 }, () => {
    cpSync(join(root, 'content'), join(tree, 'content'), { recursive: true });
    writeFileSync(join(tree, FILE), bad);
    const { problems } = checkContent(tree, join(tree, 'content'));
    const inFile = problems.filter((p) => p.file === FILE).map((p) => [p.field, p.line, p.message]);
    expect(inFile).toEqual(
      validateEntryText('offers', FILE, bad, context).problems.map((p) => [p.field, p.line, p.message]),
    );
    expect(inFile.map((p) => p[0])).toContain('territorialFocus.capacityGroups[1]');
  });
});
