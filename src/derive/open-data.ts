/**
 * Open-data records and CSV columns derived from a collection's schema. Nothing here names
 * a field: give it another schema and the exports follow (test/unit/open-data.test.ts).
 *
 * Conventions, chosen for reuse:
 * - One row per entry; the first column is `id` (the file name, what references use).
 * - References are exported as ids, dates as `AAAA-MM-DD`, images as their published path.
 * - Nested objects are flattened into dotted columns (`contact.email`).
 * - Lists of words, references or dates are one cell joined with ` | ` (LIST_SEPARATOR),
 *   a character prose rarely holds; lists of objects (milestones, meetings…) vary in length,
 *   so they go in one cell as JSON rather than in an arbitrary number of columns. The JSON
 *   export carries the same structure natively.
 * - Fields marked `internal` never leave the portal.
 */
import type { z } from 'zod';
import { t } from '../i18n/index.ts';
import { type FieldInfo, type FieldKind, describeObject } from './fields.ts';

export const LIST_SEPARATOR = ' | ';

/** How a column's cells are written, for the data page. */
export type CellFormat = 'text' | 'number' | 'boolean' | 'date' | 'enum' | 'reference' | 'image' | 'list' | 'json';

export interface Column {
  /** Dotted field name: the CSV header and the key path in the JSON record. */
  name: string;
  /** Labels from the root down, as readers know the field. */
  labels: string[];
  hint: string;
  format: CellFormat;
  /** For `list`: how each item is written. */
  itemFormat?: CellFormat;
  required: boolean;
  options?: Record<string, string>;
  reference?: string;
}

export interface BodyWords {
  label: string;
  hint: string;
}

const scalarFormat: Partial<Record<FieldKind, CellFormat>> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
  enum: 'enum',
  reference: 'reference',
  image: 'image',
};

export const idColumn: Column = {
  name: 'id',
  labels: [t('data.id.label')],
  hint: t('data.id.hint'),
  format: 'text',
  required: true,
};

function columnsOfFields(fields: FieldInfo[], prefix: string[], labels: string[], parentRequired: boolean): Column[] {
  return fields
    .filter((f) => !f.meta.internal)
    .flatMap((f): Column[] => {
      const name = [...prefix, f.key];
      const trail = [...labels, f.meta.label ?? f.key];
      const required = parentRequired && f.required;
      if (f.kind === 'object') return columnsOfFields(f.fields ?? [], name, trail, required);
      const base = { name: name.join('.'), labels: trail, hint: f.meta.hint ?? '', required };
      if (f.kind === 'list') {
        const item = f.item!;
        const itemFormat = scalarFormat[item.kind];
        if (!itemFormat) return [{ ...base, format: 'json' }];
        return [
          {
            ...base,
            format: 'list',
            itemFormat,
            options: item.meta.options,
            reference: item.meta.reference ?? f.meta.reference,
          },
        ];
      }
      return [{ ...base, format: scalarFormat[f.kind]!, options: f.meta.options, reference: f.meta.reference }];
    });
}

/** The columns of a collection's export, in schema order: id, the fields, then the body. `idHint`: what the id is, where it is not a file name. */
export function columnsOf(schema: z.ZodType, body?: BodyWords, idHint?: string): Column[] {
  const fields = columnsOfFields(describeObject(schema), [], [], true);
  const bodyColumn: Column[] = body
    ? [{ name: 'body', labels: [body.label], hint: body.hint, format: 'text', required: true }]
    : [];
  return [idHint ? { ...idColumn, hint: idHint } : idColumn, ...fields, ...bodyColumn];
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A value as open data: references → id, dates → day, images → path, objects and lists recursively. */
function plain(field: FieldInfo | undefined, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return isoDay(value);
  if (field?.kind === 'reference') return typeof value === 'object' ? (value as { id: string }).id : value;
  // Astro's image metadata may be a callable object; its `src` is the published path either way.
  if (field?.kind === 'image') return typeof value === 'string' ? value : (value as { src: string }).src;
  if (Array.isArray(value)) return value.map((v) => plain(field?.item, v));
  if (typeof value === 'object') {
    const children = field?.fields ?? [];
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const child = children.find((c) => c.key === key);
      if (child?.meta.internal) continue;
      const converted = plain(child, v);
      if (converted !== undefined) out[key] = converted;
    }
    return out;
  }
  return value;
}

/** An entry as a JSON record: `id`, its fields as editors wrote them (after defaults), and `body`. */
export function toRecord(
  schema: z.ZodType,
  entry: { id: string; data: Record<string, unknown>; body?: string },
  withBody: boolean,
) {
  const root: FieldInfo = { key: '', kind: 'object', required: true, meta: {}, fields: describeObject(schema), schema };
  const record = { id: entry.id, ...(plain(root, entry.data) as Record<string, unknown>) };
  return withBody ? { ...record, body: entry.body ?? '' } : record;
}

function valueAt(record: Record<string, unknown>, name: string): unknown {
  return name
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      record,
    );
}

/** The text of one cell. Numbers keep a dot as decimal mark: the CSV is for machines too. */
export function cell(column: Column, record: Record<string, unknown>): string {
  const value = valueAt(record, column.name);
  if (value === undefined || value === null) return '';
  if (column.format === 'json') return JSON.stringify(value);
  if (column.format === 'list') return (value as unknown[]).map(String).join(LIST_SEPARATOR);
  return String(value);
}

const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * A spreadsheet reads a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as
 * a formula (CSV injection). As OWASP recommends, such a text cell is written with a leading
 * apostrophe, which spreadsheets hide and scripts can strip; numbers (`-3.5`) stay numbers. The
 * JSON export carries the values untouched. Explained on /datos/.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
export function neutralise(column: Column, text: string): string {
  if (!FORMULA_START.test(text)) return text;
  if (column.format === 'number' && Number.isFinite(Number(text))) return text;
  return `'${text}`;
}

/**
 * RFC 4180 CSV with CRLF line ends, prefixed with a UTF-8 byte-order mark: spreadsheet
 * programs many municipal offices use read accents wrongly without it, and the CSV readers
 * of pandas, R and LibreOffice skip it.
 */
export function toCsv(columns: Column[], records: Record<string, unknown>[]): string {
  const lines = [
    columns.map((c) => quote(c.name)),
    ...records.map((r) => columns.map((c) => quote(neutralise(c, cell(c, r))))),
  ];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}
