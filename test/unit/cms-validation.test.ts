/**
 * The admin's half of the check before saving, in Node: the data of a form is turned into the
 * text the CMS would write and judged by the check's verdict, and each problem lands on a field
 * the generated config draws (cms/validation.ts writes those paths into the config).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminSettings } from '../../cms/settings.ts';
import { fieldKey, verdictOf } from '../../cms/entry-verdict.ts';
import { annotateFieldPaths, FIELD_PATH, fieldMessage } from '../../cms/validation.ts';
import { contextFromPublished } from '../../src/validation/entry.ts';
import { publishedContext } from '../../src/validation/entry-context.ts';

const root = join(import.meta.dirname, '../..');
const context = contextFromPublished(JSON.parse(JSON.stringify(publishedContext(root))));

/** An entry as Decap's store holds it: Immutable maps, read through `get` and `toJS`. */
const immutable = (values: Record<string, unknown>) => ({ get: (key: string) => values[key], toJS: () => values });
const entryOf = (collection: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  immutable({ collection, data: immutable(data), newRecord: true, ...extra });

/** The offer as the form holds it: empty fields are empty strings and lists, as Decap leaves them. */
const formData = () => ({
  title: 'Asesoría en rendición de cuentas para municipios pequeños',
  summary:
    'Acompañamiento paso a paso a las alcaldías en su estrategia anual de rendición de cuentas y en sus espacios de diálogo.',
  entity: 'funcion-publica',
  sector: 'funcion-publica',
  type: 'asistencia-tecnica',
  themes: ['participacion-ciudadana'],
  capacityLevels: ['organizacional'],
  phases: ['rendicion-de-cuentas'],
  valueGroups: ['entidades-territoriales'],
  modality: 'virtual',
  territorialFocus: { scope: 'departamental', regions: [], territories: [] },
  pnd: ['actores-diferenciales'],
  agendas: [],
  requirements: ['Designar un equipo de rendición de cuentas.'],
  howToRequest: {
    steps: 'Escriba al buzón de la oferta.',
    channel: 'no es una url',
    email: 'rendicion.cuentas@gmail.com',
    phone: '310 555 1234',
  },
  validFrom: '2026-03-01',
  validUntil: '2026-01-31',
  status: 'published',
  publishedAt: '2026-01-15',
  lastReviewed: '2026-02-01',
  body: 'El municipio recibe plantillas.',
});

const offerPaths = () => {
  const { config } = adminSettings(root, {});
  const offers = (config.collections as { name: string; fields: { name: string }[] }[]).find(
    (c) => c.name === 'offers',
  )!;
  annotateFieldPaths(offers.fields);
  const paths = new Set<string>();
  const walk = (fields: Record<string, unknown>[]) => {
    for (const f of fields) {
      if (typeof f[FIELD_PATH] === 'string') paths.add(f[FIELD_PATH]);
      if (Array.isArray(f.fields)) walk(f.fields);
    }
  };
  walk(offers.fields as Record<string, unknown>[]);
  return paths;
};

describe('the verdict the admin gives before saving', () => {
  it("lands each problem of the issue's offer on a field the form draws", () => {
    const verdict = verdictOf('offers', entryOf('offers', formData()), context);
    const fields = [...verdict.byField.keys()].sort();
    expect(fields).toEqual([
      'howToRequest.channel',
      'howToRequest.email',
      'howToRequest.phone',
      'territorialFocus.territories',
      'validUntil',
    ]);
    const paths = offerPaths();
    for (const field of fields) expect(paths, field).toContain(field);
    expect(fieldMessage(verdict.byField.get('howToRequest.email')!)).toBe(
      '«rendicion.cuentas@gmail.com» no es un correo de un dominio institucional. Use el correo de la oficina (.gov.co, .edu.co…). Si el dominio es de una institución, agréguelo en src/data/institutional-domains.yaml.',
    );
  });

  it("judges the text the CMS would write, keeping an existing file's other bytes", () => {
    const original = '---\ntitle: Viejo\n# un comentario que nadie tocó\nsummary: x\n---\n\nTexto.\n';
    const data = { ...formData(), __original: original };
    const entry = immutable({
      collection: 'offers',
      data: immutable(data),
      newRecord: false,
      path: 'content/offers/oferta-vieja.mdx',
      slug: 'oferta-vieja',
    });
    const verdict = verdictOf('offers', entry, context);
    // Same problems, named in the existing file.
    expect(verdict.errors.every((p) => p.file === 'content/offers/oferta-vieja.mdx')).toBe(true);
    expect([...verdict.byField.keys()].sort()).toEqual([
      'howToRequest.channel',
      'howToRequest.email',
      'howToRequest.phone',
      'territorialFocus.territories',
      'validUntil',
    ]);
  });

  it('accepts the offer once fixed', () => {
    const fixed = formData();
    fixed.howToRequest = {
      steps: 'Escriba al buzón de la oferta.',
      channel: 'https://www.funcionpublica.gov.co/',
      email: 'participacion@funcionpublica.gov.co',
      phone: '601 739 5656',
    };
    fixed.territorialFocus.territories = ['27'] as never;
    fixed.validUntil = '2026-12-31';
    expect(verdictOf('offers', entryOf('offers', fixed), context).errors).toEqual([]);
  });

  it('puts a problem inside a list on the list, naming the item', () => {
    const data = { ...formData(), requirements: ['Uno', 'Llamar al 310 555 1234'] };
    const problems = verdictOf('offers', entryOf('offers', data), context).byField.get('requirements')!;
    expect(problems.map((p) => p.field)).toEqual(['requirements[1]']);
    expect(fieldMessage(problems)).toMatch(
      /^Requisitos › n\.º 2: «310 555 1234» parece un número de celular personal\./,
    );
    expect(fieldKey(problems[0]!)).toBe('requirements');
  });

  it('names a new territory by its code, as Decap will', () => {
    const verdict = verdictOf(
      'territories',
      entryOf('territories', { code: '99001', name: 'Nuevo', kind: 'municipio', department: '99' }),
      context,
    );
    expect(verdict.errors.map((p) => p.code)).not.toContain('TerritoryFileName');
    expect(verdict.errors.every((p) => p.file === 'content/taxonomies/territories/99001.yaml')).toBe(true);
  });

  it('writes a path into every field of every collection', () => {
    const { config } = adminSettings(root, {});
    for (const collection of config.collections as { fields: Record<string, unknown>[] }[]) {
      annotateFieldPaths(collection.fields as never);
      for (const f of collection.fields) expect(f[FIELD_PATH]).toBe(f.name);
    }
  });
});
