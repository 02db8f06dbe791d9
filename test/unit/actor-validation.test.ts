/**
 * The actor map of agendas and plans (issue 18, item 6) under the personal-data rules: an actor
 * reached through an office's mailbox and landline passes; one with a personal e-mail (gmail,
 * hotmail) or a person's mobile is refused by the CMS's verdict before saving and by
 * `npm run check`, each naming file, line and field in Spanish. So is an actor that is neither an
 * entity nor an organisation, or both, and a role outside the closed list.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fieldKey, verdictOf } from '../../cms/entry-verdict.ts';
import { fieldMessage } from '../../cms/validation.ts';
import { contextFromPublished, validateEntryText } from '../../src/validation/entry.ts';
import { entryContextOf, publishedContext } from '../../src/validation/entry-context.ts';
import { loadContent } from '../../src/validation/load.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { actor } from '../../src/schemas/actors.ts';
import { nodeContext } from '../../src/schemas/node-context.ts';

const root = join(import.meta.dirname, '../..');
const context = entryContextOf(root, loadContent(root).entries);
const SOURCE = 'content/plans/plan-choco-atrato-rendicion-de-cuentas.mdx';
const FILE = 'content/plans/plan-con-actores-personales.mdx';
const good = readFileSync(join(root, SOURCE), 'utf8');

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const actorsStart = good.indexOf('\nactors:\n') + '\nactors:\n'.length;

/** One more actor, appended first in the map, written as an editor would. */
const withActor = (yaml: string) => `${good.slice(0, actorsStart)}${yaml}${good.slice(actorsStart)}`;

const personal = withActor(
  [
    '  - organisation: Fundación Río Vivo',
    '    type: organizacion-social',
    '    role: participa',
    '    influence: baja',
    '    interest: alta',
    '    purpose: Acompaña a las comunidades ribereñas en las audiencias.',
    '    contact:',
    '      office: Coordinación de proyectos',
    '      email: fundacionriovivo@gmail.com',
    '      phone: "311 555 1234"',
    '',
  ].join('\n'),
);

const schema = actor(nodeContext);
const base = {
  organisation: 'Universidad Tecnológica del Chocó',
  type: 'academia',
  role: 'acompana-tecnicamente',
  influence: 'media',
  interest: 'media',
  purpose: 'Apoya la formación en control social.',
};

describe('the actor schema', () => {
  it('takes an organisation with an institutional contact, or an entity without one', () => {
    expect(
      schema.safeParse({ ...base, contact: { office: 'Extensión', email: 'extension@utch.edu.co' } }).success,
    ).toBe(true);
    const { organisation: _, ...rest } = base;
    expect(schema.safeParse({ ...rest, entity: 'dnp' }).success).toBe(true);
  });

  it('refuses an actor that is neither an entity nor an organisation, or both, naming the field', () => {
    const { organisation: _, ...none } = base;
    const neither = schema.safeParse(none);
    expect(neither.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['organisation', 'Elija una entidad del listado o escriba el nombre de la organización.'],
    ]);
    const both = schema.safeParse({ ...base, entity: 'dnp' });
    expect(both.error?.issues.map((i) => i.message)).toEqual([
      'Elija la entidad o escriba el nombre de la organización, no ambos.',
    ]);
  });

  it('refuses a role or a level outside the lists', () => {
    const bad = schema.safeParse({ ...base, role: 'patrocina', influence: 'altisima' });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['influence', 'role']);
  });

  it('refuses a contact without any channel', () => {
    const bad = schema.safeParse({ ...base, contact: { office: 'Extensión' } });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['contact.email']);
  });
});

describe('actors and personal data', () => {
  it('the demo plan, whose actors have institutional contacts only, is valid', () => {
    expect(validateEntryText('plans', SOURCE, good, context).problems).toEqual([]);
  });

  it('npm run check refuses a personal e-mail and a mobile in an actor, with file, line and field', () => {
    const { problems } = validateEntryText('plans', FILE, personal, context);
    expect(problems.map((p) => [p.file, p.line, p.field, p.fieldLabel, p.message])).toEqual([
      [
        FILE,
        lineOf(personal, 'fundacionriovivo@gmail.com'),
        'actors[0].contact.email',
        'Mapa de actores › n.º 1 › Contacto institucional › Correo institucional',
        '«fundacionriovivo@gmail.com» no es un correo de un dominio institucional.',
      ],
      [
        FILE,
        lineOf(personal, '311 555 1234'),
        'actors[0].contact.phone',
        'Mapa de actores › n.º 1 › Contacto institucional › Teléfono institucional',
        '«311 555 1234» parece un número de celular personal.',
      ],
    ]);
  });

  const tree = mkdtempSync(join(root, '.tmp-actor-check-'));
  afterAll(() => rmSync(tree, { recursive: true, force: true }));
  it('the check of the whole tree reports the same for the same file', { timeout: 120_000 }, () => {
    cpSync(join(root, 'content'), join(tree, 'content'), { recursive: true });
    writeFileSync(join(tree, FILE), personal);
    const { problems } = checkContent(tree, join(tree, 'content'));
    expect(problems.filter((p) => p.file === FILE).map((p) => [p.field, p.line, p.message])).toEqual(
      validateEntryText('plans', FILE, personal, context).problems.map((p) => [p.field, p.line, p.message]),
    );
  });

  it('the CMS refuses them before saving, on the actor map field, in Spanish', () => {
    const published = contextFromPublished(JSON.parse(JSON.stringify(publishedContext(root))));
    const [, front] = personal.split(/^---$/m);
    const data = { ...(parse(front!) as Record<string, unknown>), body: 'Plan.' };
    const immutable = (values: Record<string, unknown>) => ({ get: (k: string) => values[k], toJS: () => values });
    const entry = immutable({ collection: 'plans', data: immutable(data), newRecord: true });
    const verdict = verdictOf('plans', entry, published);
    expect([...verdict.byField.keys()]).toEqual(['actors']);
    const problems = verdict.byField.get('actors')!;
    expect(problems.map((p) => p.field)).toEqual(['actors[0].contact.email', 'actors[0].contact.phone']);
    expect(problems.every((p) => fieldKey(p) === 'actors')).toBe(true);
    const message = fieldMessage(problems);
    expect(message).toContain('«fundacionriovivo@gmail.com» no es un correo de un dominio institucional.');
    expect(message).toContain('«311 555 1234» parece un número de celular personal.');
    expect(message).toContain('Mapa de actores › n.º 1');
  });

  it('the CMS accepts the same actor with the office mailbox and landline', () => {
    const published = contextFromPublished(JSON.parse(JSON.stringify(publishedContext(root))));
    const fixed = personal
      .replace('fundacionriovivo@gmail.com', 'proyectos@utch.edu.co')
      .replace('"311 555 1234"', '"604 671 2200"');
    const [, front] = fixed.split(/^---$/m);
    const data = { ...(parse(front!) as Record<string, unknown>), body: 'Plan.' };
    const immutable = (values: Record<string, unknown>) => ({ get: (k: string) => values[k], toJS: () => values });
    const entry = immutable({ collection: 'plans', data: immutable(data), newRecord: true });
    expect(verdictOf('plans', entry, published).errors).toEqual([]);
  });
});
