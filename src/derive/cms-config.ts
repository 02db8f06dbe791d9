/**
 * The Decap CMS configuration, derived from the collection registry and the zod schemas.
 * Nothing here names a field or writes a label: every collection, field, label, hint,
 * required flag, option, list and nested object comes from `src/schemas`. A pure function,
 * so tests can compare it with the schemas (test/unit/cms-config.test.ts).
 */
import type { z } from 'zod';
import { type FieldOrder, SEARCH_TEXT } from '../../cms/format/preserve.ts';
import { type AllowedComponentName, mdxAllowlist } from '../mdx/allowlist.ts';
import { readMeta } from '../schemas/meta.ts';
import { type CollectionDefinition, type CollectionName, collectionNames, collections } from '../schemas/index.ts';
import { nodeContext } from '../schemas/node-context.ts';
import { type FieldInfo, describe, describeObject } from './fields.ts';

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };
export type CmsCollection = Record<string, unknown> & { name: string; fields: CmsField[] };

export interface CmsBackend {
  name: 'github' | 'gitlab';
  repo?: string;
  branch?: string;
  base_url?: string;
  auth_endpoint?: string;
  app_id?: string;
  auth_type?: string;
}

export interface CmsOptions {
  /** Content folder relative to the repository root, as the backend sees it (`content`). */
  contentFolder: string;
  backend: CmsBackend;
  /** Draft → in review → ready, for git backends. */
  editorialWorkflow: boolean;
  /** URL of a running `decap-server`, or false in production. */
  localBackend: string | false;
  /** The site's public URL, for "view live" links. */
  siteUrl?: string;
}

/** The custom formats registered in cms/ that keep files byte-for-byte when nothing changed. */
export const CMS_FORMATS = { mdx: 'mdx-preserving', yaml: 'yaml-preserving' } as const;

/** What a relation shows and searches: taxonomies have a name; knowledge has a title. */
const displayFieldOf = (target: CollectionName) => (collections[target].kind === 'taxonomy' ? 'name' : 'title');

/**
 * Relation widgets list at most this many options per search. Decap's default (20) is fine,
 * but stating it keeps a relation over 1,122 territories from rendering them all at once.
 */
export const RELATION_OPTIONS_LENGTH = 30;

function relation(target: CollectionName, multiple: boolean): Record<string, unknown> & { widget: string } {
  const display = displayFieldOf(target);
  return {
    widget: 'relation',
    collection: target,
    // An entry's id is its file name, which Decap calls the slug.
    value_field: '{{slug}}',
    // The name as written, and folded (no accents, no capitals), so «Quibdo» finds Quibdó.
    // Never a number field: Decap's search lowercases every value it searches and fails on a number.
    search_fields: target === 'territories' ? ['name', SEARCH_TEXT, 'code'] : [display, SEARCH_TEXT],
    // A goal reads as editors know it: «6 Agua limpia y saneamiento».
    display_fields: target === 'territories' ? ['name', 'code'] : target === 'sdg' ? ['number', 'name'] : [display],
    options_length: RELATION_OPTIONS_LENGTH,
    multiple,
  };
}

type CheckDef = { check?: string; format?: string; minimum?: number };
const checksOf = (schema: z.ZodType) =>
  ((schema as unknown as { _zod: { def: { checks?: { _zod: { def: CheckDef } }[] } } })._zod.def.checks ?? []).map(
    (c) => c._zod.def,
  );

/** `z.number().int()` stores as an integer; Decap needs to know to parse it as one. */
const isInteger = (schema: z.ZodType) =>
  checksOf(schema).some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));

const minItems = (schema: z.ZodType) => checksOf(schema).find((c) => c.check === 'min_length')?.minimum;

/** One schema field as a Decap field. */
export function cmsField(info: FieldInfo): CmsField {
  const { meta } = info;
  const base: Record<string, unknown> = { name: info.key, label: meta.label ?? info.key };
  if (meta.hint) base.hint = meta.hint;
  // A field some refinement requires in some cases is not «(opcional)»: Decap is told it is
  // required, and the widget wrapper of cms/conditional.ts lets it stay empty; the schema decides.
  if (!info.required) Object.assign(base, meta.conditional ? { conditional: true } : { required: false });
  const widget = widgetOf(info);
  return { ...base, ...widget } as CmsField;
}

function unwrapped(info: FieldInfo) {
  // Look through optional/default wrappers for number formats and list bounds.
  let schema = info.schema;
  for (
    let def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } } })._zod
      .def;
    def.innerType || def.type === 'pipe';
  ) {
    schema = (def.innerType ?? def.in)!;
    def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } } })._zod.def;
  }
  return schema;
}

function widgetOf(info: FieldInfo): Record<string, unknown> & { widget: string } {
  switch (info.kind) {
    case 'string':
      return { widget: info.meta.multiline ? 'text' : 'string' };
    case 'number':
      return { widget: 'number', value_type: isInteger(unwrapped(info)) ? 'int' : 'float' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // A calendar day typed dd/mm/aaaa and stored YYYY-MM-DD, as the schemas read it (cms/widgets/date.ts).
      return { widget: 'date' };
    case 'enum':
      return {
        widget: 'select',
        options: (info.values ?? []).map((value) => ({ value, label: info.meta.options?.[value] ?? value })),
      };
    case 'reference':
      return relation(info.meta.reference as CollectionName, false);
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'object':
      return { widget: 'object', collapsed: false, fields: (info.fields ?? []).map(cmsField) };
    case 'list': {
      const item = info.item!;
      const min = minItems(unwrapped(info));
      const bounds: Record<string, unknown> = min ? { min } : {};
      if (item.kind === 'reference') return { ...relation(item.meta.reference as CollectionName, true), ...bounds };
      // A list of values from a closed list (an offer's capacity groups): one multiple select,
      // not a list of selects, so the editor ticks values instead of adding rows.
      if (item.kind === 'enum') return { ...widgetOf(item), multiple: true, ...bounds };
      if (item.kind === 'object') {
        const fields = (item.fields ?? []).map(cmsField);
        return { widget: 'list', collapsed: true, fields, summary: `{{fields.${fields[0]!.name}}}`, ...bounds };
      }
      // A list of plain values: one field per item, so commas inside an item survive.
      return {
        widget: 'list',
        field: { ...cmsField({ ...item, key: 'item' }), label: info.meta.label ?? info.key },
        ...bounds,
      };
    }
  }
}

function bodyField(definition: CollectionDefinition): CmsField {
  const body = definition.body!;
  return {
    name: 'body',
    label: body.label,
    hint: body.hint,
    widget: 'markdown',
    // Only what the safe-MDX check accepts: Markdown plus the allowlisted components.
    editor_components: Object.keys(mdxAllowlist) as AllowedComponentName[],
    modes: ['rich_text', 'raw'],
    sanitize_preview: true,
  };
}

/** The field a collection's list shows and sorts by. */
const titleField = (fields: FieldInfo[]) => (fields.some((f) => f.key === 'title') ? 'title' : 'name');

export function cmsCollection(name: CollectionName, contentFolder: string): CmsCollection {
  const definition: CollectionDefinition = collections[name];
  const fields = describeObject(definition.schema(nodeContext));
  const cmsFields = fields.map(cmsField);
  if (definition.format === 'mdx') cmsFields.push(bodyField(definition));
  const title = titleField(fields);
  const sortable = [title, ...(fields.some((f) => f.key === 'publishedAt') ? ['publishedAt'] : [])];
  const statusField = fields.find((f) => f.key === 'status');
  return {
    name,
    label: definition.label,
    label_singular: definition.labelSingular,
    folder: `${contentFolder}/${definition.folder}`,
    extension: definition.format === 'mdx' ? 'mdx' : 'yaml',
    format: CMS_FORMATS[definition.format],
    create: true,
    // Territory files are named by their DIVIPOLA code, SDG files by their number; everything else by its title.
    slug: name === 'territories' ? '{{code}}' : name === 'sdg' ? '{{number}}' : '{{slug}}',
    identifier_field: title,
    summary: name === 'territories' ? '{{code}} · {{name}}' : name === 'sdg' ? '{{number}} · {{name}}' : `{{${title}}}`,
    sortable_fields: sortable,
    // Long lists stay fast as a plain list of titles rather than cards.
    ...(statusField?.values
      ? {
          view_filters: statusField.values.map((value) => ({
            label: statusField.meta.options?.[value] ?? value,
            field: 'status',
            pattern: value,
          })),
        }
      : {}),
    fields: cmsFields,
  };
}

/** The whole configuration passed to `CMS.init({ config })`. */
export function cmsConfig(options: CmsOptions): Record<string, unknown> {
  return {
    load_config_file: false,
    locale: 'es',
    backend: options.backend,
    ...(options.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // The portal's mark instead of the vendor's on the sign-in page (cms/login.ts adds the name).
    logo: { src: '/favicon.svg', show_in_header: false },
    // Images live beside the content and are written relative to the entry (`../media/x.jpg`),
    // the path Astro's image() resolves.
    media_folder: `${options.contentFolder}/media`,
    public_folder: '../media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: collectionNames.map((name) => cmsCollection(name, options.contentFolder)),
  };
}

/** Decap editor-component fields for an allowlisted MDX component, from its props schema. */
export function componentFields(name: AllowedComponentName): CmsField[] {
  const { props, children } = mdxAllowlist[name];
  const fields = Object.entries(props.shape as Record<string, z.ZodType>).map(([key, schema]) =>
    cmsField(describe(key, schema)),
  );
  if (children) {
    fields.push({
      name: 'contenido',
      label: readMeta(props).label ?? name,
      widget: 'markdown',
      hint: readMeta(props).hint,
    });
  }
  return fields;
}

/** Every widget a config and the editor components use: what the admin bundle must register (cms/registered.ts). */
export function widgetsUsed(config: { collections?: unknown }, components: { fields: unknown[] }[] = []): Set<string> {
  const used = new Set<string>();
  const visit = (field: unknown) => {
    const f = field as { widget?: string; field?: unknown; fields?: unknown[]; types?: unknown[] };
    if (f.widget) used.add(f.widget);
    if (f.field) visit(f.field);
    for (const child of [...(f.fields ?? []), ...(f.types ?? [])]) visit(child);
  };
  for (const collection of (config.collections ?? []) as CmsCollection[]) collection.fields.forEach(visit);
  for (const component of components) component.fields.forEach(visit);
  return used;
}

/** The order of a collection's fields, nested objects and lists of objects included, for writing new entries. */
export function fieldOrder(fields: CmsField[]): FieldOrder {
  const nested: Record<string, FieldOrder> = {};
  for (const field of fields)
    if (Array.isArray(field.fields)) nested[field.name] = fieldOrder(field.fields as CmsField[]);
  return Object.keys(nested).length ? { keys: fields.map((f) => f.name), nested } : { keys: fields.map((f) => f.name) };
}
