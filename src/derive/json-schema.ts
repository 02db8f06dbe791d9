/**
 * The JSON Schema of one open-data record, derived from a collection's zod schema.
 * It describes what `/datos/<coleccion>.json` holds: the schema's input side (what editors
 * write), because exported records carry references as ids and dates as `AAAA-MM-DD`,
 * exactly as the content files do. zod cannot represent dates; they become `format: date`.
 */
import { z } from 'zod';
import { t } from '../i18n/index.ts';
import type { FieldMeta } from '../schemas/meta.ts';
import { idColumn } from './open-data.ts';

export interface RecordExtras {
  /** Label and hint of the prose body, for collections written in MDX. */
  body?: { label: string; hint: string };
  /** Absolute address of this schema, for `$id`. */
  id?: string;
  title?: string;
  /** What a record's `id` is, where it is not the entry's file name (derived datasets). */
  idHint?: string;
}

type JsonObject = Record<string, unknown>;

/** Our field metadata in JSON Schema words: label → title, hint → description, the rest as x- annotations. */
function rewriteMeta(json: JsonObject) {
  const meta = json as FieldMeta & JsonObject;
  if (meta.label !== undefined) json.title = meta.label;
  if (meta.hint !== undefined) json.description = meta.hint;
  if (meta.options !== undefined) json['x-options'] = meta.options;
  if (meta.reference !== undefined) json['x-reference'] = meta.reference;
  for (const key of [
    'label',
    'hint',
    'options',
    'reference',
    'date',
    'image',
    'extensions',
    'multiline',
    'internal',
    'institutionalLine',
    'conditional',
    'noPersonNames',
  ])
    delete json[key];
}

/** Annotation keywords the schemas use beyond the standard vocabulary (validators must be told). */
export const annotationKeywords = ['x-options', 'x-reference'] as const;

export function recordJsonSchema(schema: z.ZodType, extras: RecordExtras = {}): JsonObject {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      const type = (ctx.zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def.type;
      // A date is a preprocess (text → day); its JSON side is the text editors write.
      if (type === 'date' || (ctx.jsonSchema as JsonObject).date === true)
        Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
      // Records carry an image as its published path, not as the path editors write.
      if ((ctx.jsonSchema as JsonObject).image === true) delete (ctx.jsonSchema as JsonObject).pattern;
      rewriteMeta(ctx.jsonSchema as JsonObject);
    },
  }) as JsonObject;
  const properties = (json.properties ?? {}) as JsonObject;
  json.properties = {
    id: { type: 'string', minLength: 1, title: idColumn.labels[0], description: extras.idHint ?? idColumn.hint },
    ...properties,
    ...(extras.body
      ? { body: { type: 'string', title: extras.body.label, description: `${extras.body.hint} ${t('data.bodyNote')}` } }
      : {}),
  };
  json.required = ['id', ...((json.required as string[] | undefined) ?? []), ...(extras.body ? ['body'] : [])];
  json.$comment = 'Generated at build time from the zod schema by src/derive/json-schema.ts; do not edit.';
  if (extras.id) json.$id = extras.id;
  if (extras.title) json.title = extras.title;
  return json;
}
