import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/validate.ts';
import { formatReport } from '../../src/validation/report.ts';
import { collectionNames, collections } from '../../src/schemas/index.ts';
import { baseTree, mutate, writeTree, type Tree } from '../helpers/fixture-tree.ts';

const check = (tree: Tree) => checkContent(writeTree(tree));

/** The one fixture file of each collection, and a required field it must not lose. */
const requiredField: Record<string, { path: string; field: string }> = {
  practices: { path: 'practices/rendicion-itinerante.mdx', field: 'whatDidNotWork' },
  lessons: { path: 'lessons/preguntas-antes.mdx', field: 'recommendation' },
  offers: { path: 'offers/acompanamiento-rendicion.mdx', field: 'howToRequest' },
  courses: { path: 'courses/formadores-rendicion.mdx', field: 'objectives' },
  modules: { path: 'modules/formadores-rendicion-1.mdx', field: 'course' },
  events: { path: 'events/jornada-quibdo.mdx', field: 'organiser' },
  agendas: { path: 'agendas/agenda-atrato.mdx', field: 'commitments' },
  needs: { path: 'needs/veedurias-quibdo.mdx', field: 'identification' },
  plans: { path: 'plans/plan-atrato.mdx', field: 'milestones' },
  territories: { path: 'taxonomies/territories/27001.yaml', field: 'name' },
  regions: { path: 'taxonomies/regions/pacifico.yaml', field: 'name' },
  themes: { path: 'taxonomies/themes/participacion-ciudadana.yaml', field: 'name' },
  phases: { path: 'taxonomies/phases/rendicion-de-cuentas.yaml', field: 'order' },
  capacityLevels: { path: 'taxonomies/capacity-levels/organizacional.yaml', field: 'order' },
  valueGroups: { path: 'taxonomies/value-groups/entidades-territoriales.yaml', field: 'name' },
  sectors: { path: 'taxonomies/sectors/planeacion.yaml', field: 'name' },
  entities: { path: 'taxonomies/entities/dnp.yaml', field: 'contact' },
  pnd: { path: 'taxonomies/pnd/convergencia-regional.yaml', field: 'kind' },
  sdg: { path: 'taxonomies/sdg/16.yaml', field: 'targets' },
};

describe('the content check', () => {
  it('accepts the valid fixture tree, with an entry in every collection', () => {
    const { entries, problems } = check(baseTree());
    expect(problems).toEqual([]);
    expect(new Set(entries.map((e) => e.collection))).toEqual(new Set(collectionNames));
  });

  describe.each(collectionNames)('collection %s', (collection) => {
    const { path, field } = requiredField[collection]!;
    const file = `content/${path}`;

    it('reports a missing required field with the file, the field and its label', () => {
      const { problems } = check(mutate(path, (d) => delete d[field]));
      const problem = problems.find((p) => p.field === field);
      expect(problem, formatReport(problems, 0)).toBeDefined();
      expect(problem!.file).toBe(file);
      expect(problem!.message).toBe('Falta este campo obligatorio.');
      expect(problem!.fieldLabel).toBeTruthy();
    });

    it('reports a value of the wrong type', () => {
      const key = collections[collection].kind === 'taxonomy' ? 'name' : 'title';
      const { problems } = check(mutate(path, (d) => (d[key] = 42)));
      expect(problems).toContainEqual(expect.objectContaining({ file, field: key, code: 'InvalidField' }));
    });
  });

  it('reports a reference to an entry that does not exist, in a list, with its line', () => {
    const { problems } = check(
      mutate('practices/rendicion-itinerante.mdx', (d) => (d.themes = ['participacion-ciudadana', 'no-existe'])),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'DanglingReference',
      file: 'content/practices/rendicion-itinerante.mdx',
      field: 'themes[1]',
      fieldLabel: 'Temas › n.º 2',
    });
    expect(problems[0]!.message).toContain('«no-existe» no existe en Temas');
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('reports a dangling reference in a nested object and in a taxonomy', () => {
    const tree = mutate('plans/plan-atrato.mdx', (d) => (d.lead = 'minhacienda'));
    mutate('taxonomies/territories/27001.yaml', (d) => (d.department = '99'), tree);
    const { problems } = check(tree);
    expect(problems.map((p) => [p.file, p.field])).toEqual(
      expect.arrayContaining([
        ['content/plans/plan-atrato.mdx', 'lead'],
        ['content/taxonomies/territories/27001.yaml', 'department'],
      ]),
    );
  });

  it('rejects bad DIVIPOLA codes', () => {
    const tree = mutate('taxonomies/territories/27001.yaml', (d) => (d.code = '2700'));
    tree['taxonomies/territories/5.yaml'] = {
      data: { code: '5', name: 'Antioquia', kind: 'departamento', region: 'pacifico' },
    };
    tree['taxonomies/territories/05001.yaml'] = {
      data: { code: '05001', name: 'Medellín', kind: 'municipio', department: '27' },
    };
    const { problems } = check(tree);
    const codeProblems = problems.filter((p) => p.field === 'code').map((p) => p.file);
    expect(codeProblems).toEqual(
      expect.arrayContaining([
        'content/taxonomies/territories/27001.yaml',
        'content/taxonomies/territories/5.yaml',
        'content/taxonomies/territories/05001.yaml',
      ]),
    );
    expect(problems.find((p) => p.file.endsWith('05001.yaml'))!.message).toContain(
      'no empieza por el código de su departamento',
    );
  });

  it('requires a territory file to be named after its code', () => {
    const tree = baseTree();
    tree['taxonomies/territories/quibdo.yaml'] = tree['taxonomies/territories/27001.yaml']!;
    delete tree['taxonomies/territories/27001.yaml'];
    const { problems } = check(tree);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'TerritoryFileName', file: 'content/taxonomies/territories/quibdo.yaml' }),
    );
  });

  it('rejects an image without alt text, and one whose file is missing', () => {
    const tree = mutate('practices/rendicion-itinerante.mdx', (d) => {
      d.media = [
        { image: '../media/foto.svg', credit: 'Alcaldía' },
        { image: '../media/no-esta.jpg', alt: 'Una foto que no existe en el disco', credit: 'Alcaldía' },
      ];
    });
    const { problems } = check(tree);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'media[0].alt', fieldLabel: 'Imágenes › n.º 1 › Texto alternativo' }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ code: 'MissingImage', field: 'media[1].image' }));
  });

  it.each([
    ['practices/rendicion-itinerante.mdx', 'endedOn', (d: Record<string, unknown>) => (d.endedOn = '2024-01-01')],
    [
      'offers/acompanamiento-rendicion.mdx',
      'validUntil',
      (d: Record<string, unknown>) => (d.validUntil = '2024-12-31'),
    ],
    ['plans/plan-atrato.mdx', 'endsOn', (d: Record<string, unknown>) => (d.endsOn = '2025-01-01')],
    ['agendas/agenda-atrato.mdx', 'endsOn', (d: Record<string, unknown>) => (d.endsOn = '2025-01-01')],
  ])('rejects an end date before the start date in %s', (path, field, change) => {
    const { problems } = check(mutate(path, change));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: `content/${path}`,
        field,
        message: 'La fecha final es anterior a la fecha de inicio.',
      }),
    );
  });

  it('rejects a milestone due before it starts, naming the milestone', () => {
    const { problems } = check(
      mutate('plans/plan-atrato.mdx', (d) => ((d.milestones as Record<string, unknown>[])[0]!.due = '2025-12-01')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'milestones[0].due', fieldLabel: 'Hitos › n.º 1 › Fecha límite' }),
    );
  });

  it('requires at least one measured result in a practice', () => {
    const { problems } = check(mutate('practices/rendicion-itinerante.mdx', (d) => (d.results = [])));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'results', message: expect.stringContaining('al menos un resultado medido') }),
    );
  });

  it('rejects an enum value that is not allowed, listing the allowed ones', () => {
    const { problems } = check(mutate('offers/acompanamiento-rendicion.mdx', (d) => (d.modality = 'hibrida')));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'modality', message: expect.stringContaining('presencial, virtual, mixta') }),
    );
  });

  it('rejects modules out of order or repeated within a course', () => {
    const tree = baseTree();
    const first = tree['modules/formadores-rendicion-1.mdx']!;
    tree['modules/formadores-rendicion-3.mdx'] = { ...first, data: { ...first.data, order: 3 } };
    const { problems } = check(tree);
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'ModuleOrder',
        file: 'content/modules/formadores-rendicion-3.mdx',
        field: 'order',
      }),
    );
  });

  it('reports every problem of the run at once, across files', () => {
    const tree = mutate('practices/rendicion-itinerante.mdx', (d) => {
      delete d.problem;
      d.maturity = 'excelente';
    });
    mutate('offers/acompanamiento-rendicion.mdx', (d) => (d.entity = 'nadie'), tree);
    mutate('lessons/preguntas-antes.mdx', (d) => (d.origin = 42), tree);
    const { problems } = check(tree);
    expect(problems.map((p) => `${p.file}#${p.field}`)).toEqual(
      expect.arrayContaining([
        'content/practices/rendicion-itinerante.mdx#problem',
        'content/practices/rendicion-itinerante.mdx#maturity',
        'content/offers/acompanamiento-rendicion.mdx#entity',
        'content/lessons/preguntas-antes.mdx#origin',
      ]),
    );
  });

  it('reports YAML syntax errors with the line, and files with the wrong extension', () => {
    const root = writeTree(baseTree());
    writeFileSync(`${root}/content/practices/roto.mdx`, '---\ntitle: "sin cerrar\nsummary: x\n---\ncuerpo\n');
    writeFileSync(`${root}/content/offers/nota.txt`, 'hola');
    const { problems } = checkContent(root);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'YamlSyntax', file: 'content/practices/roto.mdx' }),
    );
    expect(problems.find((p) => p.code === 'YamlSyntax')!.line).toBeGreaterThanOrEqual(2);
    expect(problems).toContainEqual(
      expect.objectContaining({ code: 'WrongExtension', file: 'content/offers/nota.txt' }),
    );
  });
});
