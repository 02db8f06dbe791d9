/**
 * The course catalogue's pages: all courses, or those with one value of a filter (a theme, an
 * offer…), paged, with the filters beside them. Pure: the cards and facets come from the
 * loader (load-course-list.ts).
 */
import type { Page } from 'astro';
import { collections } from '../../schemas/index.ts';
import type { Card } from '../../core/cards.ts';
import { type PageInfo, pageInfo, pageTitle } from '../../core/pagination.ts';
import { collectionHref } from '../../core/urls.ts';
import { t } from '../../i18n/index.ts';
import type { Facet, FacetValue } from './course-facets.ts';

export interface CourseListModel {
  title: string;
  /** Courses, above the title of a filtered page. */
  kicker?: string;
  heading: string;
  lead: string;
  /** Only filtered pages describe themselves apart from their lead. */
  description?: string;
  trail: { href: string; text: string }[];
  cards: Card[];
  page: PageInfo;
  facets: Facet[];
  /** The filter this page shows, if any. */
  current?: { key: string; id: string };
  /** The whole catalogue links the jornadas from its header. */
  eventsLink?: { href: string; text: string };
}

/** A page of the whole catalogue. */
export function courseListPage({ page, facets }: { page: Page<Card>; facets: Facet[] }): CourseListModel {
  const { label } = collections.courses;
  const info = pageInfo(page, collectionHref('courses'));
  return {
    title: pageTitle(label, info),
    heading: label,
    lead: t('list.courses', { n: page.total }),
    trail: info.current > 1 ? [{ href: info.base, text: label }] : [],
    cards: page.data,
    page: info,
    facets,
    eventsLink: { href: collectionHref('events'), text: collections.events.label },
  };
}

/** A page of the courses with one value of one filter. */
export function courseFilterPage({
  page,
  facets,
  facet,
  value,
}: {
  page: Page<Card>;
  facets: Facet[];
  facet: Facet;
  value: FacetValue;
}): CourseListModel {
  const info = pageInfo(page, value.href);
  const title = t('courseFilter.showing', { facet: facet.label, value: value.name });
  const lead = t('list.courses', { n: page.total });
  return {
    title: pageTitle(title, info),
    kicker: collections.courses.label,
    heading: title,
    lead,
    description: lead,
    trail: [
      { href: collectionHref('courses'), text: collections.courses.label },
      ...(info.current > 1 ? [{ href: info.base, text: value.name }] : []),
    ],
    cards: page.data,
    page: info,
    facets,
    current: { key: facet.key, id: value.id },
  };
}
