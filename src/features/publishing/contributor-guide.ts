/**
 * The contributors' guide («Cómo compartir una experiencia») is read off the schemas: each
 * field's label, hint, whether it is required and how the editor asks for it. A field added to
 * a schema appears in the guide without anyone writing about it twice. Examples come from a
 * published entry, so they show real, accepted values rather than invented ones.
 */
import type { FieldInfo } from '../../derive/fields.ts';
import { fieldsOf } from '../../derive/labels.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { type CollectionName, collections } from '../../schemas/index.ts';

export interface GuideField {
  key: string;
  label: string;
  hint: string;
  required: boolean;
  /** How the editor asks for it, in words. */
  how: string;
  /** A value taken from a published entry, shortened. */
  example?: string;
  /** Fields of a group, or of each item of a list of groups. */
  fields?: GuideField[];
}

export interface GuideSection {
  collection: CollectionName;
  label: string;
  /** The front-matter fields, then the body (the prose of an MDX entry) if the collection has one. */
  fields: GuideField[];
}

/** Resolves a reference to the name readers see. */
export type NameOf = (collection: CollectionName, id: string) => string | undefined;

const EXAMPLE_LENGTH = 160;

/** «Territorios» reads «territorios» inside a sentence; an acronym («PND…») keeps its capitals. */
const inSentence = (word: string) => (/^\p{Lu}\p{Ll}/u.test(word) ? word[0]!.toLowerCase() + word.slice(1) : word);
const collectionLabel = (name: string | undefined) =>
  inSentence(name ? (collections[name as CollectionName]?.label ?? name) : '');

function how(field: FieldInfo): string {
  switch (field.kind) {
    case 'string':
      return t(field.meta.multiline ? 'guide.how.longText' : 'guide.how.text');
    case 'number':
      return t('guide.how.number');
    case 'boolean':
      return t('guide.how.boolean');
    case 'date':
      return t('guide.how.date');
    case 'enum':
      return t('guide.how.enum', { values: (field.values ?? []).map((v) => field.meta.options?.[v] ?? v).join(', ') });
    case 'reference':
      return t('guide.how.reference', { collection: collectionLabel(field.meta.reference) });
    case 'image':
      return t('guide.how.image');
    case 'object':
      return t('guide.how.group');
    case 'list': {
      const item = field.item;
      if (item?.kind === 'reference')
        return t('guide.how.references', { collection: collectionLabel(item.meta.reference) });
      if (item?.kind === 'object') return t('guide.how.groupList');
      return t('guide.how.textList');
    }
  }
}

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXAMPLE_LENGTH ? `${flat.slice(0, EXAMPLE_LENGTH - 1).trimEnd()}…` : flat;
};

const refId = (value: unknown) => (typeof value === 'string' ? value : (value as { id?: string } | null)?.id);

/** A short, readable rendering of one value; undefined when there is nothing worth showing. */
function exampleOf(field: FieldInfo, value: unknown, nameOf: NameOf): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  switch (field.kind) {
    case 'string':
      return typeof value === 'string' ? shorten(value) : undefined;
    case 'number':
      return typeof value === 'number' ? formatNumber(value) : undefined;
    case 'boolean':
      return t(value ? 'guide.yes' : 'guide.no');
    case 'date':
      return value instanceof Date ? formatDate(value) : undefined;
    case 'enum':
      return field.meta.options?.[String(value)] ?? String(value);
    case 'reference': {
      const id = refId(value);
      return id ? nameOf(field.meta.reference as CollectionName, id) : undefined;
    }
    case 'list': {
      if (!Array.isArray(value) || value.length === 0 || !field.item || field.item.kind === 'object') return undefined;
      const shown = value
        .slice(0, 3)
        .map((v) => exampleOf(field.item!, v, nameOf))
        .filter(Boolean);
      return shown.length ? shorten(shown.join(' · ')) : undefined;
    }
    default:
      return undefined;
  }
}

function guideField(field: FieldInfo, value: unknown, nameOf: NameOf): GuideField {
  const group =
    field.kind === 'object'
      ? field.fields
      : field.kind === 'list' && field.item?.kind === 'object'
        ? field.item.fields
        : undefined;
  const groupValue = field.kind === 'list' ? (Array.isArray(value) ? value[0] : undefined) : value;
  const example = exampleOf(field, value, nameOf);
  return {
    key: field.key,
    label: field.meta.label ?? field.key,
    hint: field.meta.hint ?? '',
    required: field.required,
    how: how(field),
    ...(example ? { example } : {}),
    ...(group
      ? {
          fields: group.map((f) => guideField(f, (groupValue as Record<string, unknown> | undefined)?.[f.key], nameOf)),
        }
      : {}),
  };
}

/** How many of an entry's top-level fields carry a value: the fullest entry makes the best example. */
const filled = (data: Record<string, unknown>) =>
  Object.values(data).filter((v) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0))
    .length;

/** Picks the published entry whose fields are most filled (ties go to the first id). */
export function bestExample<E extends { id: string; data: Record<string, unknown> }>(
  entries: readonly E[],
): E | undefined {
  return [...entries].sort((a, b) => filled(b.data) - filled(a.data) || a.id.localeCompare(b.id))[0];
}

/** The guide's words for a list of described fields (fields kept out of public view are left out). */
export function guideFields(
  fields: FieldInfo[],
  example: Record<string, unknown> | undefined,
  nameOf: NameOf,
): GuideField[] {
  return fields.filter((f) => !f.meta.internal).map((f) => guideField(f, example?.[f.key], nameOf));
}

export function guideSection(
  collection: CollectionName,
  example: Record<string, unknown> | undefined,
  nameOf: NameOf,
): GuideSection {
  const def = collections[collection];
  const body: GuideField[] =
    'body' in def && def.body
      ? [{ key: 'body', label: def.body.label, hint: def.body.hint, required: true, how: t('guide.how.longText') }]
      : [];
  return { collection, label: def.label, fields: [...guideFields(fieldsOf(collection), example, nameOf), ...body] };
}

/** The contributors' guide page (loaded by load-contributor-guide.ts). */
export interface ContributorGuideModel {
  /** The fields of a practice, then of a lesson. */
  sections: GuideSection[];
}
