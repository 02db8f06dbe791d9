/**
 * The course catalogue's filters, derived from the course schema: every list of references
 * (themes, agendas, offers, audience groups, capacity levels) is a facet, named by its field
 * label and addressed by the singular name of the collection it points to.
 */
import { fieldsOf } from '../../derive/labels.ts';
import { type CollectionName, collections } from '../../schemas/index.ts';
import { slugify } from '../../core/slug.ts';
import { collectionHref } from '../../core/urls.ts';

export interface FacetField {
  /** Field of the course schema (`themes`). */
  key: string;
  label: string;
  collection: CollectionName;
  /** URL segment (`tema`), from the referenced collection's singular name. */
  segment: string;
}

export interface FacetValue {
  id: string;
  name: string;
  count: number;
  href: string;
}

export interface Facet extends FacetField {
  values: FacetValue[];
}

interface Classified {
  id: string;
  data: Record<string, unknown>;
}

export function courseFacetFields(): FacetField[] {
  return fieldsOf('courses')
    .filter((f) => f.kind === 'list' && f.item?.kind === 'reference' && f.meta.reference)
    .map((f) => {
      const collection = f.meta.reference as CollectionName;
      return {
        key: f.key,
        label: f.meta.label ?? f.key,
        collection,
        segment: slugify(collections[collection].labelSingular),
      };
    });
}

export const facetHref = (segment: string, id: string) => `${collectionHref('courses')}filtro/${segment}/${id}/`;

const idsOf = (course: Classified, key: string) =>
  ((course.data[key] as { id: string }[] | undefined) ?? []).map((r) => r.id);

/** Courses that carry `id` in the facet's field. */
export const coursesWith = <C extends Classified>(courses: C[], key: string, id: string) =>
  courses.filter((c) => idsOf(c, key).includes(id));

/** Each facet with the values the courses use, their names and how many courses have each. */
export function courseFacets(
  courses: Classified[],
  nameOf: (collection: CollectionName, id: string) => string,
): Facet[] {
  const byName = new Intl.Collator('es-CO').compare;
  return courseFacetFields().map((field) => {
    const counts = new Map<string, number>();
    for (const course of courses)
      for (const id of new Set(idsOf(course, field.key))) counts.set(id, (counts.get(id) ?? 0) + 1);
    const values = [...counts].map(([id, count]) => ({
      id,
      name: nameOf(field.collection, id),
      count,
      href: facetHref(field.segment, id),
    }));
    return { ...field, values: values.sort((a, b) => byName(a.name, b.name)) };
  });
}
