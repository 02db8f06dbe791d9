/**
 * The facets of the offer catalogue, derived from the offer schema: each facet is a field;
 * its values and their Spanish names come from the field's enum options or from the
 * taxonomy it references. Only the choice of fields and their URL segments is written here.
 */
import { field, label } from '../../derive/labels.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { FieldPath } from '../../schemas/types.ts';
import type { FacetedItem } from './facet-counts.ts';
import { buildError, FacetNotFilterable } from '../../core/errors/index.ts';

/** URL segment (and query parameter) → field path in the offer schema. */
export const facetFields = [
  { key: 'entidad', path: 'entity' },
  { key: 'sector', path: 'sector' },
  { key: 'tipo', path: 'type' },
  { key: 'capacidad', path: 'capacityLevels' },
  { key: 'momento', path: 'phases' },
  { key: 'grupo', path: 'valueGroups' },
  { key: 'modalidad', path: 'modality' },
  { key: 'alcance', path: 'territorialFocus.scope' },
  // The differential focus: offers that name the value. Standalone, as the department filter, so
  // the pages without JavaScript add one page per value and no pairs.
  { key: 'grupo-capacidades', path: 'territorialFocus.capacityGroups', standalone: true },
  { key: 'categoria', path: 'territorialFocus.categories', standalone: true },
  // The Sustainable Development Goals an offer names (a taxonomy, so standalone too).
  { key: 'ods', path: 'sdg' },
] as const;

export interface FacetValue {
  /** Enum value or taxonomy id: already a URL slug. */
  value: string;
  name: string;
}

export interface Facet {
  key: string;
  path: FieldPath<'offers'>;
  label: string;
  values: FacetValue[];
  /**
   * Not combined with other facets on the pages without JavaScript (catalogue-pages.ts): its
   * values are a taxonomy, which grows with the content, so pairing them would multiply pages.
   * A schema enum (type, modality, scope) is a short fixed list: its pairs are few.
   */
  standalone?: boolean;
}

export interface TaxonomyTerm {
  id: string;
  name: string;
  order?: number;
}

const byOrderThenName = (a: TaxonomyTerm, b: TaxonomyTerm) =>
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name, 'es');

/** Every facet with all its possible values, in schema order for enums and taxonomy order for terms. */
export function offerFacets(termsOf: (taxonomy: CollectionName) => TaxonomyTerm[]): Facet[] {
  return facetFields.map((facetField) => {
    const { key, path } = facetField;
    const info = field('offers', path);
    const target = info.kind === 'list' ? info.item! : info;
    let values: FacetValue[];
    if (target.kind === 'enum') {
      values = (target.values ?? []).map((value) => ({ value, name: target.meta.options?.[value] ?? value }));
    } else if (info.meta.reference) {
      values = [...termsOf(info.meta.reference as CollectionName)]
        .sort(byOrderThenName)
        .map((t) => ({ value: t.id, name: t.name }));
    } else {
      throw buildError(FacetNotFilterable, path);
    }
    const standalone = target.kind !== 'enum' || 'standalone' in facetField;
    return { key, path, label: label('offers', path), values, standalone };
  });
}

/** The values an offer's data holds at a field path: a reference's id, each id of a list, an enum value. */
export function valuesAt(data: unknown, path: string): string[] {
  const found = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  const list = Array.isArray(found) ? found : found === undefined ? [] : [found];
  return list.map((v) => (typeof v === 'object' && v && 'id' in v ? String((v as { id: unknown }).id) : String(v)));
}

export function facetsOf(data: unknown): FacetedItem['facets'] {
  return Object.fromEntries(facetFields.map(({ key, path }) => [key, valuesAt(data, path)]));
}
