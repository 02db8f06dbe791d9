/**
 * The open data of the built site: every CSV and JSON export parses, every JSON record is
 * valid against its JSON Schema, CSV columns are the schema's fields, the DCAT catalogue
 * points at files that exist. The reader's side of it, on a phone, is
 * tasks/open-data-user.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { datasetColumns, datasetNames } from '../../src/derive/datasets.ts';
import { parseCsv } from '../helpers/csv.ts';
import { fixtureContentDir } from '../helpers/fixture-content.ts';
import { jsonSchemaValidator } from '../helpers/json-schema.ts';

const dist = join(import.meta.dirname, '../../dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const content = fixtureContentDir;

describe('open data exports', () => {
  const ajv = jsonSchemaValidator();

  it.each(datasetNames)('%s: JSON records are valid against the published JSON Schema', (name) => {
    const records = JSON.parse(read(`datos/${name}.json`)) as Record<string, unknown>[];
    const schema = JSON.parse(read(`datos/${name}.schema.json`));
    const validate = ajv.compile(schema);
    expect(records.length, name).toBeGreaterThan(0);
    for (const record of records)
      expect(validate(record), `${name}/${String(record.id)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it.each(datasetNames)('%s: CSV has the schema fields as columns and one row per JSON record', (name) => {
    const csv = read(`datos/${name}.csv`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header = [], ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(datasetColumns(name).map((c) => c.name));
    const records = JSON.parse(read(`datos/${name}.json`)) as { id: string }[];
    expect(rows.map((r) => r[0])).toEqual(records.map((r) => r.id));
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('drafts never reach the exports', () => {
    for (const name of ['practices', 'lessons', 'offers', 'plans'] as const) {
      const records = JSON.parse(read(`datos/${name}.json`)) as { status: string }[];
      expect(
        records.every((r) => r.status === 'published'),
        name,
      ).toBe(true);
    }
  });

  it('a plan row keeps references as ids, dates as days and milestones as JSON', () => {
    const [header = [], ...rows] = parseCsv(read('datos/plans.csv').slice(1));
    const row = rows.find((r) => r[0] === 'plan-choco-atrato-rendicion-de-cuentas')!;
    const cell = (name: string) => row[header!.indexOf(name)] ?? '';
    expect(cell('territories').split(' | ')).toContain('27001');
    expect(cell('startsOn')).toBe('2026-01-15');
    expect(JSON.parse(cell('milestones'))[0]).toMatchObject({ start: '2026-01-15', progress: 100 });
  });

  it('the actors dataset has one row per actor of each published agenda and plan, naming it', () => {
    const records = JSON.parse(read('datos/actors.json')) as { id: string; agenda?: string; plan?: string }[];
    const owners = (folder: string) =>
      readdirSync(join(content, folder))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => ({
          id: f.replace(/\.mdx$/, ''),
          front: parse(readFileSync(join(content, folder, f), 'utf8').split(/^---$/m)[1]!),
        }))
        .filter((e) => e.front.status === 'published');
    const expected = [
      ...owners('agendas').flatMap((e) => (e.front.actors ?? []).map(() => `agenda:${e.id}`)),
      ...owners('plans').flatMap((e) => (e.front.actors ?? []).map(() => `plan:${e.id}`)),
    ].sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(records.map((r) => (r.agenda ? `agenda:${r.agenda}` : `plan:${r.plan}`)).sort()).toEqual(expected);
  });

  it('the DCAT catalogue lists every collection and its files exist', () => {
    const catalogue = JSON.parse(read('datos/catalogo.json'));
    expect(catalogue['@type']).toBe('dcat:Catalog');
    const datasets = catalogue['dcat:dataset'] as {
      'dct:identifier': string;
      'dcat:distribution': { 'dcat:downloadURL': string }[];
    }[];
    expect(datasets.map((d) => d['dct:identifier']).sort()).toEqual([...datasetNames].sort());
    for (const d of datasets) {
      for (const dist_ of d['dcat:distribution'])
        expect(existsSync(join(dist, new URL(dist_['dcat:downloadURL']).pathname)), dist_['dcat:downloadURL']).toBe(
          true,
        );
    }
  });

  it('the data page explains every column of every dataset, with a license and DANE credit', () => {
    const html = read('datos/index.html');
    for (const name of datasetNames) {
      for (const column of datasetColumns(name))
        expect(html, `${name}.${column.name}`).toContain(`<code>${column.name}</code>`);
      expect(html).toContain(`href="/datos/${name}.csv"`);
    }
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('DANE');
    // Formula cells are neutralised in the CSV, and the page says how (issue 16 §5).
    expect(html).toContain('OWASP');
  });

  it('no CSV text cell starts like a spreadsheet formula', () => {
    for (const name of datasetNames) {
      const columns = datasetColumns(name);
      const [, ...rows] = parseCsv(read(`datos/${name}.csv`).slice(1));
      for (const row of rows) {
        row.forEach((value, i) => {
          if (columns[i]?.format !== 'number')
            expect(value, `${name} ${row[0]} ${columns[i]?.name}`).not.toMatch(/^[=+\-@\t\r]/);
        });
      }
    }
  });
});
