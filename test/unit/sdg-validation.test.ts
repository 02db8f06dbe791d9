/**
 * SDG alignment (issue 19, item 3): the taxonomy holds the Agenda 2030's 17 goals and 169 targets,
 * and a target an entry names must exist and belong to a goal the entry names. «6.9», «3.1»
 * without goal 3, a malformed code and an unquoted 8.10 are refused by the CMS's one-entry verdict
 * (with the context the admin publishes) and by `npm run check`, naming file, line, field label
 * and a Spanish message.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contextFromPublished, validateEntryText } from '../../src/validation/entry.ts';
import { entryContextOf, publishedContext } from '../../src/validation/entry-context.ts';
import { loadContent } from '../../src/validation/load.ts';
import { checkContent } from '../../src/validation/validate.ts';

const root = join(import.meta.dirname, '../..');
const { entries } = loadContent(root);
const context = entryContextOf(root, entries);
const FILE = 'content/offers/acompanamiento-rendicion-de-cuentas.mdx';
const good = readFileSync(join(root, FILE), 'utf8');
const GOOD_BLOCK = "sdg:\n  - '16'\nsdgTargets:\n  - '16.6'\n  - '16.7'\n";
const bad = good.replace(
  GOOD_BLOCK,
  "sdg:\n  - '16'\n  - '6'\nsdgTargets:\n  - '16.6'\n  - '6.9'\n  - '3.1'\n  - 'seis'\n  - 8.10\n",
);

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const shape = (problems: ReturnType<typeof validateEntryText>['problems']) =>
  problems
    .map((p) => ({ file: p.file, line: p.line, field: p.field, label: p.fieldLabel, message: p.message }))
    .sort((a, b) => a.field.localeCompare(b.field));

const expected = [
  {
    file: FILE,
    line: lineOf(bad, "- '6.9'"),
    field: 'sdgTargets[1]',
    label: 'Metas de los ODS › n.º 2',
    message: 'La meta «6.9» no existe en el ODS 6.',
  },
  {
    file: FILE,
    line: lineOf(bad, "- '3.1'"),
    field: 'sdgTargets[2]',
    label: 'Metas de los ODS › n.º 3',
    message: 'La meta «3.1» es del ODS 3, que esta entrada no nombra.',
  },
  {
    file: FILE,
    line: lineOf(bad, "- 'seis'"),
    field: 'sdgTargets[3]',
    label: 'Metas de los ODS › n.º 4',
    message: expect.stringMatching(/^Escriba el código de una meta de los ODS, como «6\.1»/),
  },
  {
    file: FILE,
    line: lineOf(bad, '- 8.10'),
    field: 'sdgTargets[4]',
    label: 'Metas de los ODS › n.º 5',
    message: expect.stringMatching(/^Escriba la meta entre comillas/),
  },
];

describe('the SDG taxonomy', () => {
  const goals = entries.filter((e) => e.collection === 'sdg');
  it('holds the 17 goals, each in the file named after its number, with the 169 targets of the Agenda 2030', () => {
    expect(goals.map((g) => Number(g.id)).sort((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const g of goals) expect(String((g.data as { number: number }).number)).toBe(g.id);
    const targets = goals.flatMap((g) => (g.data as { targets: string[] }).targets);
    expect(targets).toHaveLength(169);
    expect(new Set(targets).size).toBe(169);
    for (const g of goals)
      for (const code of (g.data as { targets: string[] }).targets) expect(code.startsWith(`${g.id}.`)).toBe(true);
  });

  it('names each goal with its official Spanish name', () => {
    const name = (id: string) => (goals.find((g) => g.id === id)!.data as { name: string }).name;
    expect(name('6')).toBe('Agua limpia y saneamiento');
    expect(name('16')).toBe('Paz, justicia e instituciones sólidas');
    expect(name('17')).toBe('Alianzas para lograr los objetivos');
    const six = (goals.find((g) => g.id === '6')!.data as { targets: string[] }).targets;
    expect(six).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.a', '6.b']);
  });

  it('refuses a goal file holding a target of another goal, or not named after its number', () => {
    const text = readFileSync(join(root, 'content/taxonomies/sdg/7.yaml'), 'utf8').replace("- '7.a'", "- '8.a'");
    const wrongTarget = validateEntryText('sdg', 'content/taxonomies/sdg/7.yaml', text, context).problems;
    expect(wrongTarget.map((p) => p.message)).toEqual([
      'La meta «8.a» no es del objetivo 7: sus metas empiezan por «7.».',
    ]);
    const misnamed = validateEntryText(
      'sdg',
      'content/taxonomies/sdg/siete.yaml',
      text.replace("'8.a'", "'7.a'"),
      context,
    );
    expect(misnamed.problems.map((p) => [p.code, p.fieldLabel])).toEqual([['SdgGoalFileName', 'Número del objetivo']]);
  });
});

describe('an entry’s SDG targets', () => {
  it('the demo offer aligned with goal 16 is valid', () => {
    expect(good).toContain(GOOD_BLOCK);
    expect(validateEntryText('offers', FILE, good, context).problems).toEqual([]);
  });

  it('refuses a target its goal does not have, one of a goal not named, a malformed code and an unquoted number', () => {
    expect(shape(validateEntryText('offers', FILE, bad, context).problems)).toEqual(expected);
  });

  it('the CMS, with the context the admin page publishes, gives the same verdict', () => {
    const inBrowser = contextFromPublished(JSON.parse(JSON.stringify(publishedContext(root))));
    expect(shape(validateEntryText('offers', FILE, bad, inBrowser).problems)).toEqual(expected);
  });

  const tree = mkdtempSync(join(root, '.tmp-sdg-check-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  it('npm run check reports the same problems for the same file in the tree', { timeout: 120_000 }, () => {
    cpSync(join(root, 'content'), join(tree, 'content'), { recursive: true });
    writeFileSync(join(tree, FILE), bad);
    const { problems } = checkContent(tree, join(tree, 'content'));
    expect(shape(problems.filter((p) => p.file === FILE))).toEqual(expected);
  });
});
