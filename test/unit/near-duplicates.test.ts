import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nearDuplicates } from '../../src/validation/text-similarity.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { baseTree, writeTree } from '../helpers/fixture-tree.ts';

const root = join(import.meta.dirname, '../..');

const story =
  'En Quibdó la alcaldía llevó la rendición de cuentas a las veredas del Atrato en lancha. Antes de cada jornada se ' +
  'recogieron las preguntas de las juntas de acción comunal, se prepararon respuestas con datos de cada zona y se ' +
  'publicaron en carteleras y por la emisora comunitaria. La asistencia rural pasó de nueve a trescientas personas.';
const retold =
  'La alcaldía de Quibdó llevó su rendición de cuentas a las veredas del río Atrato en lancha. Antes de cada jornada ' +
  'recogió las preguntas de las juntas de acción comunal, preparó respuestas con datos de cada zona y las publicó en ' +
  'carteleras y por la emisora comunitaria. La asistencia rural subió de nueve a trescientas personas.';

/** The fixture tree with its practice told a second time, in other words, under another file name. */
function treeWithDuplicate() {
  const tree = baseTree();
  const original = tree['practices/rendicion-itinerante.mdx']!;
  original.body = story;
  tree['practices/rendicion-en-lancha-por-el-atrato.mdx'] = {
    data: { ...structuredClone(original.data), title: 'Rendición de cuentas en lancha por el Atrato' },
    body: retold,
  };
  return tree;
}

describe('near-duplicate practices and offers', () => {
  it('scores a retold text high and an unrelated one low', () => {
    const pairs = nearDuplicates([
      { key: 'a', text: story },
      { key: 'b', text: retold },
      {
        key: 'c',
        text: 'El municipio depuró la cartera del impuesto predial antes de iniciar el cobro coactivo, con acuerdos de pago y descuentos.',
      },
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'a', b: 'b' });
    expect(pairs[0]!.score).toBeGreaterThan(0.5);
  });

  it('the check reports the planted duplicate as a warning naming both files and a score', () => {
    const { problems } = checkContent(writeTree(treeWithDuplicate()));
    const found = problems.filter((p) => p.code === 'NearDuplicate');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    const files = [found[0]!.file, found[0]!.message];
    expect(files.join(' ')).toContain('content/practices/rendicion-itinerante.mdx');
    expect(files.join(' ')).toContain('content/practices/rendicion-en-lancha-por-el-atrato.mdx');
    expect(found[0]!.message).toMatch(/similitud 0,\d/);
  });

  it('npm run check prints the warning and still exits 0: it does not block publishing', () => {
    const dir = join(writeTree(treeWithDuplicate()), 'content');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/check.ts'), dir], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('⚠');
    expect(run.stderr).toContain('rendicion-en-lancha-por-el-atrato.mdx');
    expect(run.stderr).toContain('1 advertencia en 1 archivo');
  });

  it('stays quiet on the demo content', () => {
    const { problems } = checkContent(root);
    expect(problems.filter((p) => p.code === 'NearDuplicate')).toEqual([]);
  });
});
