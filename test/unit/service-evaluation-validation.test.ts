/**
 * Issue 19's «Bad input» for the service evaluation and costs of a work plan: a rating outside the
 * scale, more answers than people asked, a negative cost, a cost with no period, and names of
 * people (or their e-mails and phones) in an evaluation's free text. Each is refused by
 * `npm run check` (the one-entry verdict and the whole tree) and by the CMS's verdict before
 * saving, with file, line, the field's label and a Spanish message. The demo plan, which carries
 * evaluations, advisers and costs, passes.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { verdictOf } from '../../cms/entry-verdict.ts';
import { fieldMessage } from '../../cms/validation.ts';
import { contextFromPublished, validateEntryText } from '../../src/validation/entry.ts';
import { entryContextOf, publishedContext } from '../../src/validation/entry-context.ts';
import { loadContent } from '../../src/validation/load.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { COST_NEGATIVE, COST_WITHOUT_PERIOD } from '../../src/schemas/service-evaluation.ts';

const root = join(import.meta.dirname, '../..');
const context = entryContextOf(root, loadContent(root).entries);
const SOURCE = 'content/plans/plan-choco-atrato-rendicion-de-cuentas.mdx';
const FILE = 'content/plans/plan-con-evaluacion-invalida.mdx';
const good = readFileSync(join(root, SOURCE), 'utf8');

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The demo plan with one piece of its first evaluation or first cost rewritten. */
const edit = (from: string, to: string) => {
  expect(good.split(from), `«${from}» occurs once in the demo plan`).toHaveLength(2);
  return good.replace(from, to);
};

const check = (text: string) =>
  validateEntryText('plans', FILE, text, context).problems.map((p) => ({
    line: p.line,
    field: p.field,
    label: p.fieldLabel,
    message: p.message,
  }));

const published = contextFromPublished(JSON.parse(JSON.stringify(publishedContext(root))));
/** What the CMS says before saving the same entry, typed into its form (no file yet). */
const cms = (text: string) => {
  const [, front] = text.split(/^---$/m);
  const data = { ...(parse(front!) as Record<string, unknown>), body: 'Plan.' };
  const immutable = (values: Record<string, unknown>) => ({ get: (k: string) => values[k], toJS: () => values });
  return verdictOf('plans', immutable({ collection: 'plans', data: immutable(data), newRecord: true }), published);
};

const EVALUATION = 'Evaluaciones del servicio › n.º 1';
const COST = 'Costos asociados › n.º 1';

describe('a plan with service evaluations, advisers and costs', () => {
  it('the demo plan passes the check and the CMS', () => {
    expect(check(good)).toEqual([]);
    expect(cms(good).errors).toEqual([]);
  });

  it('refuses a rating outside the scale', () => {
    const bad = edit(
      '    ratings:\n      - level: insatisfecho\n        count: 1\n      - level: neutral\n        count: 3',
      '    ratings:\n      - level: excelente\n        count: 1\n      - level: neutral\n        count: 3',
    );
    expect(check(bad)).toEqual([
      {
        line: lineOf(bad, 'level: excelente'),
        field: 'evaluations[0].ratings[0].level',
        label: `${EVALUATION} › Respuestas por nivel › n.º 1 › Nivel de satisfacción`,
        message:
          '«excelente» no es un nivel de la escala. Use uno de: muy-insatisfecho (Muy insatisfecho), insatisfecho (Insatisfecho), neutral (Ni satisfecho ni insatisfecho), satisfecho (Satisfecho), muy-satisfecho (Muy satisfecho).',
      },
    ]);
    const verdict = cms(bad);
    expect([...verdict.byField.keys()]).toEqual(['evaluations']);
    expect(fieldMessage(verdict.byField.get('evaluations')!)).toContain('Nivel de satisfacción');
    expect(fieldMessage(verdict.byField.get('evaluations')!)).toContain('«excelente» no es un nivel de la escala.');
  });

  it('refuses a rating written as a number, and a level counted twice', () => {
    const number = edit(
      '      - level: insatisfecho\n        count: 1\n      - level: neutral\n        count: 3\n',
      '      - level: 6\n        count: 1\n      - level: neutral\n        count: 3\n',
    );
    expect(check(number).map((p) => [p.field, p.message])).toEqual([
      ['evaluations[0].ratings[0].level', expect.stringMatching(/^«6» no es un nivel de la escala\./)],
    ]);
    const twice = edit(
      '      - level: insatisfecho\n        count: 1\n      - level: neutral\n        count: 3\n',
      '      - level: neutral\n        count: 1\n      - level: neutral\n        count: 3\n',
    );
    expect(check(twice).map((p) => [p.field, p.message])).toEqual([
      [
        'evaluations[0].ratings[1].level',
        'El nivel «Ni satisfecho ni insatisfecho» ya está contado: súmelo en una sola fila.',
      ],
    ]);
  });

  it('refuses more answers than people asked', () => {
    const bad = edit('    asked: 18\n    answered: 14\n', '    asked: 12\n    answered: 14\n');
    expect(check(bad)).toEqual([
      {
        line: lineOf(bad, 'answered: 14'),
        field: 'evaluations[0].answered',
        label: `${EVALUATION} › Personas que respondieron`,
        message: 'Respondieron más personas (14) de las que se consultaron (12).',
      },
      {
        line: lineOf(bad, '    ratings:') + 1,
        field: 'evaluations[0].ratings',
        label: `${EVALUATION} › Respuestas por nivel`,
        message: 'Hay más respuestas (14) que personas consultadas (12).',
      },
    ]);
    const message = fieldMessage(cms(bad).byField.get('evaluations')!);
    expect(message).toContain('Respondieron más personas (14) de las que se consultaron (12).');
    expect(message).toContain('Hay más respuestas (14) que personas consultadas (12).');
  });

  it('refuses answers by level that do not add up to the people who answered', () => {
    const bad = edit('    asked: 18\n    answered: 14\n', '    asked: 18\n    answered: 16\n');
    expect(check(bad).map((p) => [p.field, p.message])).toEqual([
      ['evaluations[0].ratings', 'Las respuestas por nivel suman 14, pero respondieron 16 personas: deben coincidir.'],
    ]);
  });

  it('refuses people who answered with no answers counted on the scale', () => {
    const bad = edit(
      '    ratings:\n      - level: insatisfecho\n        count: 1\n      - level: neutral\n        count: 3\n      - level: satisfecho\n        count: 7\n      - level: muy-satisfecho\n        count: 3\n',
      '',
    );
    expect(check(bad).map((p) => [p.field, p.label, p.message])).toEqual([
      [
        'evaluations[0].ratings',
        `${EVALUATION} › Respuestas por nivel`,
        'Las respuestas por nivel suman 0, pero respondieron 14 personas: deben coincidir.',
      ],
    ]);
  });

  it('refuses a negative cost', () => {
    const bad = edit('  - amount: 86400000\n', '  - amount: -86400000\n');
    expect(check(bad)).toEqual([
      {
        line: lineOf(bad, 'amount: -86400000'),
        field: 'costs[0].amount',
        label: `${COST} › Costo (COP)`,
        message: COST_NEGATIVE,
      },
    ]);
    expect(fieldMessage(cms(bad).byField.get('costs')!)).toContain(COST_NEGATIVE);
  });

  it('refuses a cost with no period', () => {
    const bad = edit('    from: 2026-01-15\n    to: 2026-06-30\n', '');
    const problems = check(bad);
    expect(problems.map((p) => [p.field, p.label, p.message])).toEqual([
      ['costs[0].from', `${COST} › Desde`, COST_WITHOUT_PERIOD],
      ['costs[0].to', `${COST} › Hasta`, COST_WITHOUT_PERIOD],
    ]);
    // A missing field is placed at the cost it belongs to.
    for (const p of problems) expect(p.line).toBe(lineOf(bad, 'amount: 86400000'));
    const verdict = cms(bad);
    expect(verdict.byField.get('costs')!.map((p) => p.message)).toEqual([COST_WITHOUT_PERIOD, COST_WITHOUT_PERIOD]);
  });

  const named = edit(
    '      - Cómo escribir en lenguaje claro los datos de ejecución presupuestal\n',
    [
      '      - Lo que pidió la Sra. Gómez sobre ejecución presupuestal',
      '      - Ejemplos de informes, como los que mostró María Fernanda Ríos',
      '      - Más respuestas por correo a juan.perez@gmail.com o al 311 555 1234',
      '',
    ].join('\n'),
  );

  it('refuses names of people, e-mails and phones in what participants asked to deepen', () => {
    const deepen = (n: number) => `${EVALUATION} › Temas para profundizar › n.º ${n}`;
    expect(check(named)).toEqual([
      {
        line: lineOf(named, 'Sra. Gómez'),
        field: 'evaluations[0].deepen[0]',
        label: deepen(1),
        message: '«Sra. Gómez» parece el nombre de una persona: una evaluación se publica en conjunto, sin nombres.',
      },
      {
        line: lineOf(named, 'María Fernanda'),
        field: 'evaluations[0].deepen[1]',
        label: deepen(2),
        message:
          '«María Fernanda» parece el nombre de una persona: una evaluación se publica en conjunto, sin nombres.',
      },
      {
        line: lineOf(named, 'juan.perez@gmail.com'),
        field: 'evaluations[0].deepen[2]',
        label: deepen(3),
        message: '«311 555 1234» parece un número de celular personal.',
      },
      {
        line: lineOf(named, 'juan.perez@gmail.com'),
        field: 'evaluations[0].deepen[2]',
        label: deepen(3),
        message: '«juan.perez@gmail.com» no es un correo de un dominio institucional.',
      },
    ]);
    const message = fieldMessage(cms(named).byField.get('evaluations')!);
    expect(message).toContain('«Sra. Gómez» parece el nombre de una persona');
    expect(message).toContain('«María Fernanda» parece el nombre de una persona');
    expect(message).toContain('«juan.perez@gmail.com» no es un correo de un dominio institucional.');
  });

  it('does not read names where the text may name people (a meeting place), only in evaluations', () => {
    const place = edit('    place: Virtual\n', '    place: Sede de la Fundación María Cano, virtual\n');
    expect(check(place)).toEqual([]);
  });

  const tree = mkdtempSync(join(root, '.tmp-service-check-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  it('the check of the whole tree reports the same for the same file', { timeout: 120_000 }, () => {
    cpSync(join(root, 'content'), join(tree, 'content'), { recursive: true });
    const bad = named.replace('  - amount: 86400000\n', '  - amount: -86400000\n');
    writeFileSync(join(tree, FILE), bad);
    const { problems } = checkContent(tree, join(tree, 'content'));
    const key = (p: { field: string; line?: number; message: string }) => `${p.field}|${p.line}|${p.message}`;
    const mine = problems.filter((p) => p.file === FILE).map(key);
    expect(mine.sort()).toEqual(validateEntryText('plans', FILE, bad, context).problems.map(key).sort());
    expect(mine.map((m) => m.split('|')[0])).toEqual(
      expect.arrayContaining(['costs[0].amount', 'evaluations[0].deepen[0]', 'evaluations[0].deepen[1]']),
    );
  });
});
