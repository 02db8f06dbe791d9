import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { annotationKeywords, recordJsonSchema } from '../../src/derive/json-schema.ts';
import { LIST_SEPARATOR, columnsOf, toCsv, toRecord } from '../../src/derive/open-data.ts';
import { datasetColumns, datasetJsonSchema, datasetNames, dcatCatalogue } from '../../src/derive/datasets.ts';
import { collectionNames } from '../../src/schemas/index.ts';
import { date, oneOf, ref, refs, text } from '../../src/schemas/fields.ts';
import { nodeContext } from '../../src/schemas/node-context.ts';
import { parseCsv } from '../helpers/csv.ts';

const validator = () => {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats.default(ajv);
  ajv.addVocabulary([...annotationKeywords]);
  return ajv;
};

/** A small collection schema built from the same field builders the real ones use. */
const fixtureShape = {
  title: text({ label: 'Título de prueba', hint: 'Nombre.' }),
  kind: oneOf(['a', 'b'] as const, { label: 'Clase', hint: 'Clase.', options: { a: 'Uno', b: 'Dos' } }),
  territories: refs(nodeContext, 'territories', { label: 'Territorios de prueba', hint: 'Dónde.' }, 1),
  lead: ref(nodeContext, 'entities', { label: 'Entidad de prueba', hint: 'Quién.' }),
  when: date({ label: 'Fecha de prueba', hint: 'Cuándo.' }),
  contact: z.object({
    office: text({ label: 'Oficina', hint: 'Dónde atienden.' }),
    email: z.email().meta({ label: 'Correo', hint: 'Correo.' }).optional(),
  }),
  steps: z
    .array(
      z.object({
        name: text({ label: 'Paso', hint: 'Qué.' }),
        done: z.boolean().meta({ label: 'Hecho', hint: 'Si se hizo.' }),
      }),
    )
    .default([]),
  secret: text({ label: 'Nota interna', hint: 'Solo para el equipo.' }).meta({ internal: true }).optional(),
};
const fixture = z.object(fixtureShape);
const input = {
  title: 'Uno, "dos"\ny tres',
  kind: 'a',
  territories: ['27001', '27'],
  lead: 'dnp',
  when: '2026-03-05',
  contact: { office: 'Planeación', email: 'planeacion@quibdo-choco.gov.co' },
  steps: [{ name: 'Primero', done: true }],
  secret: 'no sale',
};

describe('open-data derivation', () => {
  it('derives columns from the schema: dotted objects, joined lists, JSON lists of objects, no internal fields', () => {
    const columns = columnsOf(fixture, { label: 'Texto', hint: 'El cuerpo.' });
    expect(columns.map((c) => c.name)).toEqual([
      'id',
      'title',
      'kind',
      'territories',
      'lead',
      'when',
      'contact.office',
      'contact.email',
      'steps',
      'body',
    ]);
    expect(columns.find((c) => c.name === 'contact.email')).toMatchObject({
      labels: ['contact', 'Correo'],
      format: 'text',
      required: false,
    });
    expect(columns.find((c) => c.name === 'territories')).toMatchObject({
      format: 'list',
      itemFormat: 'reference',
      reference: 'territories',
    });
    expect(columns.find((c) => c.name === 'steps')?.format).toBe('json');
  });

  it('writes records with ids for references and days for dates, and a CSV that round-trips', () => {
    const record = toRecord(fixture, { id: 'fixture-1', data: fixture.parse(input), body: 'Cuerpo' }, true);
    expect(record).toMatchObject({
      id: 'fixture-1',
      territories: ['27001', '27'],
      lead: 'dnp',
      when: '2026-03-05',
      body: 'Cuerpo',
    });
    expect(record).not.toHaveProperty('secret');
    const columns = columnsOf(fixture, { label: 'Texto', hint: 'El cuerpo.' });
    const csv = toCsv(columns, [record]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header = [], row = []] = parseCsv(csv.slice(1));
    expect(header).toEqual(columns.map((c) => c.name));
    const cells = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(cells.title).toBe('Uno, "dos"\ny tres');
    expect(cells.territories).toBe(['27001', '27'].join(LIST_SEPARATOR));
    expect(JSON.parse(cells.steps ?? '')).toEqual([{ name: 'Primero', done: true }]);
    expect(cells['contact.office']).toBe('Planeación');
  });

  it('a record is valid against the derived JSON Schema; a broken one is not', () => {
    const schema = recordJsonSchema(fixture, { body: { label: 'Texto', hint: 'El cuerpo.' } });
    const validate = validator().compile(schema);
    const record = toRecord(fixture, { id: 'fixture-1', data: fixture.parse(input), body: 'Cuerpo' }, true);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...record, when: '5 de marzo' })).toBe(false);
    expect(validate({ ...record, kind: 'c' })).toBe(false);
    expect((schema.properties as Record<string, { title?: string; 'x-reference'?: string }>).lead).toMatchObject({
      title: 'Entidad de prueba',
      'x-reference': 'entities',
    });
  });

  it('a field added to the schema appears in the CSV columns, the records and the JSON Schema', () => {
    const extended = z.object({
      ...fixtureShape,
      budget: z.number().meta({ label: 'Presupuesto', hint: 'En pesos.' }),
    });
    const columns = columnsOf(extended);
    expect(columns.map((c) => c.name)).toContain('budget');
    const record = toRecord(extended, { id: 'x', data: extended.parse({ ...input, budget: 1200 }) }, false);
    expect(parseCsv(toCsv(columns, [record]).slice(1))[1]?.[columns.findIndex((c) => c.name === 'budget')]).toBe(
      '1200',
    );
    const schema = recordJsonSchema(extended);
    expect(schema.properties).toHaveProperty('budget');
    expect(schema.required).toContain('budget');
  });

  it('every dataset yields columns and a JSON Schema a validator compiles', () => {
    const ajv = validator();
    expect(datasetNames).toEqual([...collectionNames, 'actors', 'evaluations', 'costs']);
    // A derived dataset's id is not a file name, and its files say what it is.
    expect(datasetColumns('actors')[0]!.hint).toContain('plans/plan-de-trabajo#01');
    expect(datasetColumns('actors').map((c) => c.name)).toEqual(
      expect.arrayContaining(['agenda', 'plan', 'contact.email']),
    );
    expect(
      (
        datasetJsonSchema('actors', new URL('https://example.org/')).properties as Record<
          string,
          { description: string }
        >
      ).id!.description,
    ).toContain('plans/plan-de-trabajo#01');
    for (const name of datasetNames) {
      expect(datasetColumns(name)[0]?.name, name).toBe('id');
      expect(() => ajv.compile(datasetJsonSchema(name, new URL('https://example.org/'))), name).not.toThrow();
    }
  });

  it('the DCAT catalogue lists three distributions per dataset', () => {
    const catalogue = dcatCatalogue(new URL('https://example.org/'), [
      { name: 'practices', count: 3, modified: '2026-11-01' },
    ]);
    expect(catalogue['@type']).toBe('dcat:Catalog');
    expect(catalogue['dcat:dataset'][0]!['dcat:distribution'].map((d) => d['dcat:downloadURL'])).toEqual([
      'https://example.org/datos/practices.csv',
      'https://example.org/datos/practices.json',
      'https://example.org/datos/practices.schema.json',
    ]);
  });
});

describe('open-data values', () => {
  it('exports an image as its published path, whatever object Astro wraps it in', () => {
    const schema = z.object({
      picture: nodeContext.image().meta({ label: 'Imagen de prueba', hint: 'Una imagen.', image: true }),
    });
    const callable = Object.assign(() => undefined, { src: '/_astro/x.svg', width: 1, height: 1, format: 'svg' });
    expect(toRecord(schema, { id: 'a', data: { picture: callable } }, false)).toEqual({
      id: 'a',
      picture: '/_astro/x.svg',
    });
    expect(toRecord(schema, { id: 'b', data: { picture: { src: '/_astro/y.svg' } } }, false)).toEqual({
      id: 'b',
      picture: '/_astro/y.svg',
    });
  });

  it.each(['=HYPERLINK("http://x")', '+57 1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a text cell starting like a formula, «%s», with an apostrophe (OWASP), and keeps numbers as numbers',
    (title) => {
      const columns = columnsOf(fixture, { label: 'Texto', hint: 'El cuerpo.' });
      // Set after parsing: a schema that trims would hide the tab and the carriage return.
      const record = toRecord(fixture, { id: 'f', data: { ...fixture.parse(input), title }, body: 'Cuerpo' }, true);
      const [, row = []] = parseCsv(toCsv(columns, [record]).slice(1));
      expect(row[columns.findIndex((c) => c.name === 'title')]).toBe(`'${title}`);
      const extended = z.object({
        ...fixtureShape,
        budget: z.number().meta({ label: 'Presupuesto', hint: 'En pesos.' }),
      });
      const withNumber = toRecord(
        extended,
        { id: 'g', data: { ...extended.parse({ ...input, budget: -1200 }) } },
        false,
      );
      const numberColumns = columnsOf(extended);
      const [, numbers = []] = parseCsv(toCsv(numberColumns, [withNumber]).slice(1));
      expect(numbers[numberColumns.findIndex((c) => c.name === 'budget')]).toBe('-1200');
    },
  );
});
