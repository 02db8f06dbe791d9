/**
 * The admin app's words, widgets and files, checked in Node: Decap's English phrases all have a
 * Spanish (Colombia) one; the bundle registers exactly the widgets the generated config uses;
 * what the bundle leaves out (Decap's own formats, GraphQL, Markdown in hints) the config never
 * asks for; dates are calendar days typed dd/mm/aaaa; a new entry is written in the schema's
 * key order; relations find names typed without accents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ORIGINAL, SEARCH_TEXT, preservingFormats, splitMdx, yamlPreserving } from '../../cms/format/preserve.ts';
import { REGISTERED_BACKENDS, REGISTERED_WIDGETS } from '../../cms/registered.ts';
import { adminSettings, backendFromEnv, componentSpecs } from '../../cms/settings.ts';
import { storedDay, typedDay } from '../../cms/widgets/calendar-day.ts';
import { CMS_FORMATS, type CmsCollection, type CmsField, widgetsUsed } from '../../src/derive/cms-config.ts';
import { decapPhrases, type PhraseTree } from '../../src/derive/cms-locale.ts';
import { collections } from '../../src/schemas/index.ts';

const root = join(import.meta.dirname, '../..');
const settings = adminSettings(root, { CMS_LOCAL_BACKEND: 'http://127.0.0.1:1/api/v1' });
const cmsCollections = settings.config.collections as CmsCollection[];

/** Decap's English phrases, read from its locale package (ESM source, no types, not bundled). */
function decapEnglish(): PhraseTree {
  const source = readFileSync(join(root, 'node_modules/decap-cms-locales/dist/esm/en/index.js'), 'utf8');
  return new Function(source.replace(/export default en;?\s*$/, 'return en;'))() as PhraseTree;
}

function leaves(tree: PhraseTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const allFields = (fields: CmsField[]): CmsField[] =>
  fields.flatMap((f) => [
    f,
    ...allFields([...((f.fields as CmsField[]) ?? []), ...(f.field ? [f.field as CmsField] : [])]),
  ]);

describe('the editor speaks Spanish (Colombia)', () => {
  const english = leaves(decapEnglish());
  const spanish = new Map(leaves(decapPhrases()));

  it('has a Spanish phrase for every phrase Decap has in English', () => {
    expect(english.length).toBeGreaterThan(200);
    expect(english.map(([key]) => key).filter((key) => !spanish.has(key))).toEqual([]);
  });

  it('translates every phrase (only a name like «Markdown» or a bare placeholder stays as it was)', () => {
    const same = english.filter(
      ([key, value]) => spanish.get(key) === value && /[a-z]{3}/i.test(value.replace(/%\{\w+\}/g, '')),
    );
    expect(same.map(([key]) => key)).toEqual(['editor.editorWidgets.markdown.markdown']);
  });

  it('keeps the placeholders Decap fills', () => {
    // The widget's code name («relation field») is left out on purpose: it means nothing to a reader.
    const dropped = new Set(['editor.editorControl.field.widgetLabel']);
    const lost = english.flatMap(([key, value]) =>
      dropped.has(key)
        ? []
        : [...value.matchAll(/%\{\w+\}/g)].filter(([p]) => !spanish.get(key)!.includes(p)).map(([p]) => `${key}: ${p}`),
    );
    expect(lost).toEqual([]);
  });

  it('writes plural forms the way Decap reads them', () => {
    expect(spanish.get('workflow.workflowList.currentEntries')).toBe(
      '%{smart_count} entrada |||| %{smart_count} entradas',
    );
  });

  it('says «usted», not «tú», and no «Oops»', () => {
    const informal = [...spanish].filter(([, text]) => /\b(estás|quieres|tu|introduce|elige)\b|oops/i.test(text));
    expect(informal).toEqual([]);
  });
});

describe('the admin bundle registers what the config uses, and only that', () => {
  it('registers every widget the generated config and the editor components use, and no other', () => {
    expect([...widgetsUsed(settings.config, componentSpecs())].sort()).toEqual([...REGISTERED_WIDGETS].sort());
  });

  it('registers every backend the config can name, plus the local proxy', () => {
    for (const env of [{}, { CMS_BACKEND: 'gitlab' }, { CMS_BACKEND: 'otro' }])
      expect(REGISTERED_BACKENDS).toContain(backendFromEnv(env).name);
    expect(REGISTERED_BACKENDS).toContain('proxy');
  });

  it("never asks for what the bundle leaves out: Decap's own file formats, GraphQL, Markdown in hints", () => {
    for (const collection of cmsCollections) expect(Object.values(CMS_FORMATS)).toContain(collection.format);
    expect(JSON.stringify(settings.config)).not.toMatch(/use_graphql/);
    const hints = [
      ...cmsCollections.flatMap((c) => allFields(c.fields)),
      ...componentSpecs().flatMap((c) => allFields(c.fields as CmsField[])),
    ]
      .map((f) => f.hint)
      .filter((hint): hint is string => typeof hint === 'string');
    expect(hints.length).toBeGreaterThan(100);
    expect(hints.filter((hint) => /[*_`~]|\[[^\]]*\]\(/.test(hint))).toEqual([]);
  });
});

describe('dates are calendar days typed dd/mm/aaaa', () => {
  it('gives every date field of every schema the date widget, with no time, UTC or «now»', () => {
    const dates = cmsCollections.flatMap((c) => allFields(c.fields)).filter((f) => f.widget === 'date');
    expect(dates.length).toBeGreaterThan(10);
    for (const field of dates) expect(Object.keys(field).filter((k) => /time|utc|format/.test(k))).toEqual([]);
    expect(cmsCollections.flatMap((c) => allFields(c.fields)).filter((f) => f.widget === 'datetime')).toEqual([]);
  });

  it('reads day, then month, then year, and refuses days that do not exist', () => {
    expect(storedDay('01/03/2025')).toBe('2025-03-01');
    expect(storedDay('1/3/2025')).toBe('2025-03-01');
    expect(storedDay('01032025')).toBe('2025-03-01');
    expect(storedDay('2025-03-01')).toBe('2025-03-01');
    expect(storedDay('31/04/2025')).toBeUndefined();
    expect(storedDay('29/02/2025')).toBeUndefined();
    expect(storedDay('03/2025')).toBeUndefined();
    expect(typedDay('2025-03-01')).toBe('01/03/2025');
  });
});

describe('relations find names typed without accents', () => {
  it('searches every relation by its folded name as well', () => {
    const relations = cmsCollections.flatMap((c) => allFields(c.fields)).filter((f) => f.widget === 'relation');
    expect(relations.length).toBeGreaterThan(10);
    for (const relation of relations) expect(relation.search_fields).toContain(SEARCH_TEXT);
  });

  it('gives a territory read from its file a search text without accents, and never writes it back', () => {
    const text = readFileSync(join(root, 'content/taxonomies/territories/27001.yaml'), 'utf8');
    const data = yamlPreserving.fromFile(text);
    expect(data[SEARCH_TEXT]).toBe('quibdo');
    expect(yamlPreserving.toFile({ ...data, name: 'Quibdó' })).toBe(text);
    const { [ORIGINAL]: _o, ...fresh } = data;
    expect(yamlPreserving.toFile(fresh)).not.toContain(SEARCH_TEXT);
  });
});

describe('a new entry is written in the order of its schema', () => {
  /** Every object's keys reversed: the order in which a form filled from the bottom would hold them. */
  const scrambled = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(scrambled)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .reverse()
              .map(([k, v]) => [k, scrambled(v)]),
          )
        : value;

  /** Every key path of a YAML text's objects, in the order written. */
  const keyOrder = (value: unknown, path = ''): string[] =>
    Array.isArray(value)
      ? value.flatMap((v, i) => keyOrder(v, `${path}[${i}].`))
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => [`${path}${k}`, ...keyOrder(v, `${path}${k}.`)])
        : [];

  it.each(['practices', 'offers'] as const)(
    'saves a new %s with its keys, nested ones included, in the schema order',
    (name) => {
      const collection = cmsCollections.find((c) => c.name === name)!;
      const folder = join(root, 'content', collections[name].folder);
      const file = readFileSync(
        join(
          folder,
          name === 'practices'
            ? 'rendicion-de-cuentas-itinerante-quibdo.mdx'
            : 'acompanamiento-rendicion-de-cuentas.mdx',
        ),
        'utf8',
      );
      const { yaml, body } = splitMdx(file);
      const data = { ...(scrambled(parseDocument(yaml!).toJS()) as Record<string, unknown>), body };
      const saved = preservingFormats(settings.fieldOrders).mdx.toFile(
        data,
        collection.fields.map((f) => f.name),
      );
      const written = keyOrder(parseDocument(splitMdx(saved).yaml!).toJS());
      // The schema's order is the config's field order (derived from the zod shape, as declared).
      const schemaKeys = keyOrder(
        Object.fromEntries(
          Object.entries(parseDocument(yaml!).toJS() as Record<string, unknown>).sort(
            ([a], [b]) =>
              collection.fields.findIndex((f) => f.name === a) - collection.fields.findIndex((f) => f.name === b),
          ),
        ),
      );
      expect(written.filter((k) => !k.includes('.'))).toEqual(schemaKeys.filter((k) => !k.includes('.')));
      // Nested objects too: each object's keys in the order its schema declares them.
      const declared = (path: string) => {
        const parts = path.split('.');
        let fields = collection.fields;
        for (const part of parts.slice(0, -1))
          if (!/^\[\d+\]$/.test(part)) fields = (fields.find((f) => f.name === part)?.fields as CmsField[]) ?? [];
        return fields.findIndex((f) => f.name === parts.at(-1));
      };
      const siblings = (path: string) => path.slice(0, path.lastIndexOf('.') + 1);
      for (let i = 1; i < written.length; i++) {
        const [before, after] = [written[i - 1]!, written[i]!];
        if (siblings(before) === siblings(after) && before.includes('.'))
          expect(declared(before), `${before} antes de ${after}`).toBeLessThan(declared(after));
      }
    },
  );
});
