/**
 * Reads the published courses for the catalogue's pages, with the names of what they refer to
 * (terms, and the offers and agendas they serve) for the filters.
 */
import type { PaginateFunction } from 'astro';
import { published, taxonomies, type Taxonomy } from '../../core/content.ts';
import { pagedPaths } from '../../core/pagination.ts';
import { collectionHref } from '../../core/urls.ts';
import { courseCard } from './course-cards.ts';
import { courseFacets, coursesWith } from './course-facets.ts';
import { courseReferenceNames } from './course-names.ts';

async function coursesAndFacets() {
  const [courses, offers, agendas, tax] = await Promise.all([
    published('courses'),
    published('offers'),
    published('agendas'),
    taxonomies(),
  ]);
  const titles = new Map<string, string>([
    ...offers.map((e) => [`offers/${e.id}`, e.data.title] as const),
    ...agendas.map((e) => [`agendas/${e.id}`, e.data.title] as const),
  ]);
  const termName = (collection: string, id: string) =>
    collection in tax.all ? tax.term(collection as Taxonomy, { id }).name : undefined;
  return { courses, facets: courseFacets(courses, courseReferenceNames(titles, termName)) };
}

/** The pages of the whole catalogue: `/formacion/`, `/formacion/pagina/2/`… */
export async function courseListPaths(paginate: PaginateFunction) {
  const { courses, facets } = await coursesAndFacets();
  return pagedPaths(paginate, courses.map(courseCard), collectionHref('courses'), { props: { facets } });
}

/** The pages of each filter value: `/formacion/filtro/tema/agua/`… */
export async function courseFilterPaths(paginate: PaginateFunction) {
  const { courses, facets } = await coursesAndFacets();
  return facets.flatMap((facet) =>
    facet.values.flatMap((value) =>
      pagedPaths(paginate, coursesWith(courses, facet.key, value.id).map(courseCard), value.href, {
        params: { facet: facet.segment, value: value.id },
        props: { facets, facet, value },
      }),
    ),
  );
}
