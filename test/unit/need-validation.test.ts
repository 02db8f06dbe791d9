/**
 * Bad input for needs (issue 18): a need naming a territory or a value group that does not
 * exist, an answer status typed by hand, a list of offers written on the need (offers name the
 * needs they answer, not the other way round), and an offer naming a need that does not exist.
 * Each is refused by the one-entry verdict the CMS gives before saving, with the file, line and
 * field in Spanish, and `npm run check` reports the same for the same file in the tree.
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
const SOURCE = 'content/needs/tramites-sin-conectividad-barbacoas.mdx';
const FILE = 'content/needs/necesidad-con-errores.mdx';
const good = readFileSync(join(root, SOURCE), 'utf8');

const bad = good
  .replace('  - "52079"', '  - "52079"\n  - "99999"')
  .replace('valueGroups:\n  - entidades-territoriales', 'valueGroups:\n  - gremios-inexistentes')
  .replace(
    'status: published',
    'estadoDeAtencion: con-oferta\noffers:\n  - ventanilla-unica-de-tramites-en-linea\nstatus: published',
  );

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('need validation', () => {
  it('the demo need is valid', () => {
    expect(validateEntryText('needs', SOURCE, good, context).problems).toEqual([]);
  });

  it('refuses unknown territories and value groups, a typed status and a list of offers, naming file, line and field', () => {
    const { problems } = validateEntryText('needs', FILE, bad, context);
    const seen = problems.map((p) => ({
      file: p.file,
      line: p.line,
      field: p.field,
      label: p.fieldLabel,
      message: p.message,
    }));
    expect(seen).toEqual(
      expect.arrayContaining([
        {
          file: FILE,
          line: lineOf(bad, '"99999"'),
          field: 'territories[1]',
          label: 'Territorios › n.º 2',
          message: expect.stringContaining('«99999» no existe en Territorios'),
        },
        {
          file: FILE,
          line: lineOf(bad, 'gremios-inexistentes'),
          field: 'valueGroups[0]',
          label: 'Grupos de valor › n.º 1',
          message: expect.stringContaining('«gremios-inexistentes» no existe en Grupos de valor'),
        },
        {
          file: FILE,
          line: lineOf(bad, 'estadoDeAtencion:'),
          field: 'estadoDeAtencion',
          label: 'estadoDeAtencion',
          message: 'Campo desconocido: estadoDeAtencion. Revise si está bien escrito.',
        },
        {
          file: FILE,
          line: lineOf(bad, '  - ventanilla-unica-de-tramites-en-linea'),
          field: 'offers',
          label: 'offers',
          message: 'Campo desconocido: offers. Revise si está bien escrito.',
        },
      ]),
    );
  });

  it('refuses a need without a sector, or with a sector that does not exist, naming the field', () => {
    const without = good.replace(/sectors:\n( {2}- .*\n)+/, '');
    expect(validateEntryText('needs', FILE, without, context).problems.map((p) => [p.field, p.fieldLabel])).toEqual([
      ['sectors', 'Sectores'],
    ]);
    const unknown = good.replace('sectors:\n  - tic', 'sectors:\n  - telecomunicaciones');
    const { problems } = validateEntryText('needs', FILE, unknown, context);
    expect(problems.map((p) => [p.field, p.line, p.message])).toEqual([
      [
        'sectors[0]',
        lineOf(unknown, 'telecomunicaciones'),
        expect.stringContaining('«telecomunicaciones» no existe en Sectores'),
      ],
    ]);
  });

  it('refuses a need status typed into the publication status', () => {
    const { problems } = validateEntryText(
      'needs',
      FILE,
      good.replace('status: published', 'status: sin-oferta'),
      context,
    );
    expect(problems.map((p) => [p.field, p.line])).toEqual([['status', lineOf(good, 'status: published')]]);
    expect(problems[0]!.message).toMatch(/^Valor no permitido/);
  });

  it('refuses an offer that names a need that does not exist', () => {
    const file = 'content/offers/fortalecimiento-fiscal-municipios-sexta-categoria.mdx';
    const text = readFileSync(join(root, file), 'utf8').replace(
      '  - recaudo-predial-bajo-provincia-de-ricaurte',
      '  - necesidad-que-no-existe',
    );
    const { problems } = validateEntryText('offers', file, text, context);
    expect(problems.map((p) => [p.field, p.fieldLabel, p.line, p.message])).toEqual([
      [
        'needs[0]',
        'Necesidades que atiende › n.º 1',
        lineOf(text, 'necesidad-que-no-existe'),
        '«necesidad-que-no-existe» no existe en Necesidades identificadas (content/needs).',
      ],
    ]);
  });

  const tree = mkdtempSync(join(root, '.tmp-need-check-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  it('npm run check reports the same problems for the same file in the tree', { timeout: 120_000 }, () => {
    cpSync(join(root, 'content'), join(tree, 'content'), { recursive: true });
    writeFileSync(join(tree, FILE), bad);
    const { problems } = checkContent(tree, join(tree, 'content'));
    const byLine = (a: unknown[], b: unknown[]) =>
      Number(a[1]) - Number(b[1]) || String(a[0]).localeCompare(String(b[0]));
    const inFile = problems
      .filter((p) => p.file === FILE)
      .map((p) => [p.field, p.line, p.message])
      .sort(byLine);
    expect(inFile).toEqual(
      validateEntryText('needs', FILE, bad, context)
        .problems.map((p) => [p.field, p.line, p.message])
        .sort(byLine),
    );
    expect(inFile.length).toBeGreaterThanOrEqual(3);
  });
});
