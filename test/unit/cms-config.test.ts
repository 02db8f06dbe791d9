/**
 * The CMS configuration is generated from the schemas. These tests walk every collection and
 * fail when the config and the schemas disagree: a field in one and not the other, a label,
 * hint, required flag, option, list or nested object that differs, a reference that is not a
 * relation over its taxonomy, an image without its alt text.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SEARCH_TEXT } from '../../cms/format/preserve.ts';
import { type CmsField, cmsCollection, cmsConfig, cmsField, componentFields } from '../../src/derive/cms-config.ts';
import { type FieldInfo, describe as describeField, describeObject } from '../../src/derive/fields.ts';
import { fieldsOf } from '../../src/derive/labels.ts';
import { mdxAllowlist } from '../../src/mdx/allowlist.ts';
import { text, ref, refs } from '../../src/schemas/fields.ts';
import { collectionNames, collections } from '../../src/schemas/index.ts';
import { nodeContext } from '../../src/schemas/node-context.ts';

const config = cmsConfig({
  contentFolder: 'content',
  backend: { name: 'github', repo: 'red/portal', branch: 'main' },
  editorialWorkflow: true,
  localBackend: false,
});
const cmsCollections = config.collections as ReturnType<typeof cmsCollection>[];

/** Schema field and CMS field agree, recursively; returns the paths where they do not. */
function disagreements(info: FieldInfo, field: CmsField | undefined, path: string): string[] {
  if (!field) return [`${path}: falta en el CMS`];
  const out: string[] = [];
  if (field.name !== info.key && path.split('.').at(-1) !== '[]') out.push(`${path}: nombre ${field.name}`);
  if (info.meta.label && field.label !== info.meta.label)
    out.push(`${path}: etiqueta «${field.label}» ≠ «${info.meta.label}»`);
  if ((info.meta.hint ?? undefined) !== (field.hint ?? undefined) && path.split('.').at(-1) !== '[]')
    out.push(`${path}: ayuda distinta`);
  // A conditional field (required in some cases) shows as required and is marked `conditional`.
  const cmsRequired = field.required !== false && field.conditional !== true;
  if (info.required !== cmsRequired) out.push(`${path}: obligatorio ${info.required} ≠ ${cmsRequired}`);
  if (Boolean(info.meta.conditional) !== (field.conditional === true)) out.push(`${path}: condicional`);
  const kind =
    info.kind === 'list' && info.item?.kind === 'reference'
      ? 'references'
      : info.kind === 'list' && info.item?.kind === 'enum'
        ? 'enums'
        : info.kind;
  const expected: Record<string, string> = {
    string: info.meta.multiline ? 'text' : 'string',
    number: 'number',
    boolean: 'boolean',
    date: 'date',
    enum: 'select',
    // A list of closed-list values is one multiple select.
    enums: 'select',
    reference: 'relation',
    references: 'relation',
    image: 'image',
    object: 'object',
    list: 'list',
  };
  if (field.widget !== expected[kind]) out.push(`${path}: control ${field.widget} ≠ ${expected[kind]}`);
  const choices = kind === 'enums' ? info.item : info.kind === 'enum' ? info : undefined;
  if (choices) {
    const options = (field.options as { value: string; label: string }[]).map((o) => `${o.value}=${o.label}`);
    expect(options, path).toEqual((choices.values ?? []).map((v) => `${v}=${choices.meta.options?.[v]}`));
    if ((field.multiple === true) !== (kind === 'enums')) out.push(`${path}: multiple`);
  }
  if (kind === 'reference' || kind === 'references') {
    const target = (info.meta.reference ?? info.item?.meta.reference) as string;
    if (field.collection !== target) out.push(`${path}: relación con ${String(field.collection)} ≠ ${target}`);
    if (field.multiple !== (kind === 'references')) out.push(`${path}: multiple`);
  }
  const children =
    info.kind === 'object'
      ? info.fields
      : info.kind === 'list' && info.item?.kind === 'object'
        ? info.item.fields
        : undefined;
  if (children) {
    const cmsChildren = field.fields as CmsField[];
    for (const child of children)
      out.push(
        ...disagreements(
          child,
          cmsChildren.find((f) => f.name === child.key),
          `${path}.${child.key}`,
        ),
      );
    for (const extra of cmsChildren.filter((f) => !children.some((c) => c.key === f.name)))
      out.push(`${path}.${extra.name}: sobra en el CMS`);
  }
  return out;
}

describe('CMS config derived from the schemas', () => {
  it('has one CMS collection per schema collection, in its folder and format', () => {
    expect(cmsCollections.map((c) => c.name)).toEqual(collectionNames);
    for (const c of cmsCollections) {
      const definition = collections[c.name as keyof typeof collections];
      expect(c.folder).toBe(`content/${definition.folder}`);
      expect(c.label).toBe(definition.label);
      expect(c.label_singular).toBe(definition.labelSingular);
      expect(c.extension).toBe(definition.format === 'mdx' ? 'mdx' : 'yaml');
    }
  });

  it.each(collectionNames)('every field of %s is in the CMS with its words and rules, and nothing else', (name) => {
    const cms = cmsCollections.find((c) => c.name === name)!;
    const fields = fieldsOf(name);
    const problems = fields.flatMap((f) =>
      disagreements(
        f,
        cms.fields.find((c) => c.name === f.key),
        f.key,
      ),
    );
    const schemaKeys = new Set(fields.map((f) => f.key));
    const extra = cms.fields.filter(
      (f) => !schemaKeys.has(f.name) && !(f.name === 'body' && collections[name].format === 'mdx'),
    );
    expect(problems).toEqual([]);
    expect(extra.map((f) => f.name)).toEqual([]);
  });

  it('gives MDX collections a body limited to the allowlisted components', () => {
    for (const name of collectionNames.filter((n) => collections[n].format === 'mdx')) {
      const body = cmsCollections.find((c) => c.name === name)!.fields.find((f) => f.name === 'body')!;
      expect(body.widget).toBe('markdown');
      expect(body.editor_components).toEqual(Object.keys(mdxAllowlist));
    }
  });

  it('requires alt text next to every image', () => {
    const practice = cmsCollections.find((c) => c.name === 'practices')!;
    const media = practice.fields.find((f) => f.name === 'media')!;
    const item = media.fields as CmsField[];
    expect(item.find((f) => f.name === 'image')!.widget).toBe('image');
    const alt = item.find((f) => f.name === 'alt')!;
    expect(alt.required).not.toBe(false);
  });

  it('keeps relations over 1,122 territories light: bounded options, searchable by name and code', () => {
    const territories = cmsCollections
      .find((c) => c.name === 'practices')!
      .fields.find((f) => f.name === 'territories')!;
    expect(territories).toMatchObject({
      widget: 'relation',
      collection: 'territories',
      multiple: true,
      min: 1,
      search_fields: ['name', SEARCH_TEXT, 'code'],
    });
    expect(territories.options_length).toBeLessThanOrEqual(50);
  });

  it('names territory files by their DIVIPOLA code', () => {
    expect(cmsCollections.find((c) => c.name === 'territories')!.slug).toBe('{{code}}');
  });

  it('sets the git backend and the editorial workflow from options, and the local backend only when asked', () => {
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'red/portal' },
      publish_mode: 'editorial_workflow',
      locale: 'es',
      load_config_file: false,
    });
    expect(config).not.toHaveProperty('local_backend');
    const local = cmsConfig({
      contentFolder: 'content',
      backend: { name: 'gitlab' },
      editorialWorkflow: false,
      localBackend: 'http://127.0.0.1:1/api/v1',
    });
    expect(local).toMatchObject({ local_backend: { url: 'http://127.0.0.1:1/api/v1' } });
    expect(local).not.toHaveProperty('publish_mode');
  });
});

describe('drift: a change to a schema shows in the CMS', () => {
  // A fixture collection schema, changed the way a developer would change a real one.
  const base = () => ({
    title: text({ label: 'Título', hint: 'h' }),
    entity: ref(nodeContext, 'entities', { label: 'Entidad', hint: 'h' }),
  });

  it('a field added to a schema appears in the config, with its label, hint and rules', () => {
    const before = describeObject(z.object(base())).map(cmsField);
    const after = describeObject(
      z.object({
        ...base(),
        audience: refs(nodeContext, 'valueGroups', { label: 'Público', hint: 'A quién sirve' }, 1),
      }),
    ).map(cmsField);
    expect(before.map((f) => f.name)).toEqual(['title', 'entity']);
    expect(after.find((f) => f.name === 'audience')).toMatchObject({
      label: 'Público',
      hint: 'A quién sirve',
      widget: 'relation',
      collection: 'valueGroups',
      multiple: true,
      min: 1,
    });
  });

  it('an optional field becomes required when its schema says so', () => {
    const optional = cmsField(describeField('x', text({ label: 'X' }).optional()));
    const required = cmsField(describeField('x', text({ label: 'X' })));
    expect(optional.required).toBe(false);
    expect(required).not.toHaveProperty('required');
  });

  it('integers and decimals, dates and nested lists map to their controls', () => {
    const fields = describeObject(
      z.object({
        n: z.number().int().meta({ label: 'N' }),
        f: z.number().meta({ label: 'F' }),
        d: z.coerce.date().meta({ label: 'D', date: true }),
        steps: z.array(z.object({ step: text({ label: 'Paso' }) })).meta({ label: 'Pasos' }),
        words: z.array(z.string()).meta({ label: 'Palabras' }),
      }),
    ).map(cmsField);
    expect(fields[0]).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(fields[1]).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(fields[2]).toEqual(expect.objectContaining({ widget: 'date' }));
    expect(fields[3]).toMatchObject({ widget: 'list', fields: [{ name: 'step', label: 'Paso', widget: 'string' }] });
    expect(fields[4]).toMatchObject({ widget: 'list', field: { widget: 'string' } });
  });
});

describe('MDX editor components come from the allowlist', () => {
  it.each(Object.keys(mdxAllowlist) as (keyof typeof mdxAllowlist)[])('%s has one CMS field per prop', (name) => {
    const fields = componentFields(name);
    const props = Object.keys(mdxAllowlist[name].props.shape);
    expect(fields.slice(0, props.length).map((f) => f.name)).toEqual(props);
    expect(fields.length).toBe(props.length + (mdxAllowlist[name].children ? 1 : 0));
  });
});
