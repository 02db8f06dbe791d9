/**
 * SDG alignment in the open data (issue 19, item 4): the datasets of the six aligned collections
 * carry the goals and targets as columns derived from the schema, and the goals themselves are a
 * dataset with their targets, like every taxonomy.
 */
import { describe, expect, it } from 'vitest';
import { datasetColumns, datasetNames } from '../../src/derive/datasets.ts';
import { cell, toCsv } from '../../src/derive/open-data.ts';

const aligned = ['practices', 'lessons', 'offers', 'agendas', 'plans', 'needs'] as const;

describe('SDG columns in the open data', () => {
  it.each(aligned)('%s: a list of goals (ids of the SDG dataset) and a list of target codes', (name) => {
    const columns = datasetColumns(name);
    expect(columns.find((c) => c.name === 'sdg')).toMatchObject({
      labels: ['Objetivos de Desarrollo Sostenible (ODS)'],
      format: 'list',
      itemFormat: 'reference',
      reference: 'sdg',
      required: false,
    });
    expect(columns.find((c) => c.name === 'sdgTargets')).toMatchObject({
      labels: ['Metas de los ODS'],
      format: 'list',
      itemFormat: 'text',
      required: false,
    });
  });

  it('a row writes its goals and targets as cells, and the goals are a dataset of their own', () => {
    const columns = datasetColumns('offers');
    const record = { sdg: ['6', '16'], sdgTargets: ['6.1', '16.6'] };
    expect(
      cell(
        columns.find((c) => c.name === 'sdg')!,
        record,
      ),
    ).toBe('6 | 16');
    expect(
      cell(
        columns.find((c) => c.name === 'sdgTargets')!,
        record,
      ),
    ).toBe('6.1 | 16.6');
    expect(datasetNames).toContain('sdg');
    const goals = datasetColumns('sdg');
    expect(goals.map((c) => c.name)).toEqual(['id', 'number', 'name', 'targets']);
    expect(
      toCsv(goals, [{ id: '6', number: 6, name: 'Agua limpia y saneamiento', targets: ['6.1', '6.a'] }]),
    ).toContain('6,6,Agua limpia y saneamiento,6.1 | 6.a');
  });
});
