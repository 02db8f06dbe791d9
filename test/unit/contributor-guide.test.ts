/**
 * The contributors' guide is read off the schemas: every field a member fills in is there with
 * its schema's label and hint, whether it is required, how the form asks for it, and an example
 * from a published entry. A field added to a schema shows up without anyone writing it down.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeObject } from '../../src/derive/fields.ts';
import { fieldsOf } from '../../src/derive/labels.ts';
import {
  bestExample,
  type GuideField,
  guideFields,
  guideSection,
} from '../../src/features/publishing/contributor-guide.ts';

const noNames = () => undefined;
const byKey = (fields: GuideField[], key: string) => fields.find((f) => f.key === key)!;

describe('the contributors’ guide', () => {
  it('lists every public field of a practice with the words of its schema', () => {
    const section = guideSection('practices', undefined, noNames);
    const schemaFields = fieldsOf('practices').filter((f) => !f.meta.internal);
    expect(section.fields.map((f) => f.key)).toEqual([...schemaFields.map((f) => f.key), 'body']);
    for (const field of schemaFields) {
      const row = byKey(section.fields, field.key);
      expect(row.label).toBe(field.meta.label);
      expect(row.hint).toBe(field.meta.hint ?? '');
      expect(row.required).toBe(field.required);
    }
    expect(byKey(section.fields, 'body')).toMatchObject({ label: 'Qué se hizo', required: true });
  });

  it('steps into groups and lists of groups, with the sub-fields’ own words', () => {
    const section = guideSection('practices', undefined, noNames);
    const contact = byKey(section.fields, 'contact');
    expect(contact.fields?.map((f) => f.label)).toEqual(
      fieldsOf('practices')
        .find((f) => f.key === 'contact')!
        .fields!.map((f) => f.meta.label),
    );
    const results = byKey(section.fields, 'results');
    expect(results.how).toMatch(/lista/i);
    expect(results.fields?.map((f) => f.key)).toEqual([
      'indicator',
      'unit',
      'baseline',
      'achieved',
      'measuredOn',
      'source',
    ]);
  });

  it('says how each kind of field is filled, with the options’ words for a choice', () => {
    const fields = guideFields(
      describeObject(
        z.object({
          level: z.enum(['a', 'b']).meta({ label: 'Nivel', options: { a: 'Alto', b: 'Bajo' } }),
          day: z.coerce.date().meta({ label: 'Día', date: true }),
          story: z.string().meta({ label: 'Relato', multiline: true }),
          internalNote: z.string().meta({ label: 'Nota', internal: true }).optional(),
        }),
      ),
      undefined,
      noNames,
    );
    expect(fields.map((f) => f.key)).toEqual(['level', 'day', 'story']);
    expect(byKey(fields, 'level').how).toBe('Una opción de la lista: Alto, Bajo.');
    expect(byKey(fields, 'day').how).toMatch(/fecha/i);
    expect(byKey(fields, 'story').how).toMatch(/Texto largo/);
  });

  it('shows a field added to a schema, with an example from the entry given', () => {
    const schema = z.object({
      title: z.string().meta({ label: 'Título', hint: 'Nombre claro.' }),
      audience: z.string().meta({ label: 'Público', hint: 'A quién sirve.' }),
      place: z.string().meta({ label: 'Lugar', reference: 'territories' }),
    });
    const fields = guideFields(
      describeObject(schema),
      { title: 'Mesa itinerante', audience: 'Veredas', place: { id: '27001' } },
      (c, id) => (c === 'territories' && id === '27001' ? 'Quibdó' : undefined),
    );
    expect(byKey(fields, 'audience')).toMatchObject({ label: 'Público', hint: 'A quién sirve.', example: 'Veredas' });
    expect(byKey(fields, 'place').example).toBe('Quibdó');
  });

  it('shortens long examples and picks the fullest entry as the example', () => {
    const long = 'palabra '.repeat(60);
    const [row] = guideFields(
      describeObject(z.object({ body: z.string().meta({ label: 'Cuerpo' }) })),
      { body: long },
      noNames,
    );
    expect(row!.example!.length).toBeLessThanOrEqual(160);
    expect(row!.example!.endsWith('…')).toBe(true);
    const chosen = bestExample([
      { id: 'b', data: { a: 1 } },
      { id: 'a', data: { a: 1, b: 2 } },
      { id: 'c', data: { a: 1, b: [] } },
    ]);
    expect(chosen?.id).toBe('a');
  });
});
