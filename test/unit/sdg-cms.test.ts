/**
 * The SDG fields in the CMS, derived from the schema: an entry picks goals from the taxonomy by
 * number and name and writes targets as a list of codes; a goal written in the CMS is saved in
 * the file named after its number, which references use (and the check requires).
 */
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsCollection } from '../../src/derive/cms-config.ts';

const config = cmsConfig({
  contentFolder: 'content',
  backend: { name: 'github', repo: 'red/portal', branch: 'main' },
  editorialWorkflow: true,
  localBackend: false,
}) as unknown as { collections: CmsCollection[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

describe('SDG alignment in the CMS', () => {
  it.each(['practices', 'lessons', 'offers', 'agendas', 'plans', 'needs'])(
    '%s: goals from the taxonomy, shown by number and name; targets as a list of codes',
    (name) => {
      const fields = collection(name).fields;
      expect(fields.find((f) => f.name === 'sdg')).toMatchObject({
        widget: 'relation',
        collection: 'sdg',
        multiple: true,
        required: false,
        display_fields: ['number', 'name'],
      });
      // Decap's search lowercases what it searches: a number field there breaks every relation.
      expect(fields.find((f) => f.name === 'sdg')!.search_fields).toEqual(['name', '__search']);
      expect(fields.find((f) => f.name === 'sdgTargets')).toMatchObject({
        widget: 'list',
        required: false,
        label: 'Metas de los ODS',
      });
    },
  );

  it('a goal is saved in the file named after its number', () => {
    expect(collection('sdg')).toMatchObject({ slug: '{{number}}', summary: '{{number}} · {{name}}' });
  });
});
