/**
 * The pages of themes and phases: the index of each classifier (`/temas/`, `/ciclo/`), the page
 * of one term with its lists as summary sections, and the whole list of each section that shows
 * only its first cards. The lists are computed once per build per classifier (term-pages.ts).
 */
import type { Page, PaginateFunction } from 'astro';
import { collections } from '../../schemas/index.ts';
import { published, taxonomies } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import type { Card } from '../../core/cards.ts';
import { hasOwnPages, sectionHref, type SectionListModel, type SummarySection } from '../../core/summary-sections.ts';
import { pageInfo, pagedPaths } from '../../core/pagination.ts';
import { collectionHref, entryHref } from '../../core/urls.ts';
import { feedHref, subscribeHref } from '../publishing/node.ts';
import { t } from '../../i18n/index.ts';
import type { TermIndexModel, TermPageModel } from './page-models.ts';
import { LISTED, termSummaries, type Classifier, type ClassifiedEntry, type ListedCollection } from './term-pages.ts';

export const termPages = oncePerBuild(async function termPages(classifier: Classifier) {
  const tax = await taxonomies();
  const [practices, lessons, offers, courses, agendas] = await Promise.all(LISTED.map((l) => published(l.collection)));
  const entries: Record<ListedCollection, ClassifiedEntry[]> = {
    practices: practices!,
    lessons: lessons!,
    offers: offers!,
    courses: courses!,
    agendas: agendas!,
  };
  return termSummaries(classifier, [...tax.all[classifier].values()], entries, tax.nameOf('territories'));
});

export async function loadTermIndex(classifier: Classifier): Promise<TermIndexModel> {
  return {
    title: collections[classifier].label,
    terms: (await termPages(classifier)).map(({ term, total }) => ({
      name: term.name,
      href: entryHref(classifier, term.id),
      description: term.description ? String(term.description) : undefined,
      total,
    })),
  };
}

export async function termPaths(classifier: Classifier) {
  return (await termPages(classifier)).map(({ term }) => ({ params: { id: term.id }, props: { id: term.id } }));
}

export async function loadTermPage(classifier: Classifier, id: string): Promise<TermPageModel> {
  const { term, groups } = (await termPages(classifier)).find((p) => p.term.id === id)!;
  const href = entryHref(classifier, term.id);
  return {
    name: term.name,
    kicker: collections[classifier].labelSingular,
    description: term.description ? String(term.description) : undefined,
    href,
    trail: [{ href: collectionHref(classifier), text: collections[classifier].label }],
    feed:
      classifier === 'themes'
        ? { title: t('feed.theme', { name: term.name }), href: feedHref(href), page: subscribeHref(href) }
        : undefined,
    sections: groups,
  };
}

/** The whole list of each section of a theme or phase page that shows only its first cards, paged. */
export async function termSectionPaths(classifier: Classifier, paginate: PaginateFunction) {
  return (await termPages(classifier)).flatMap(({ term, groups }) =>
    groups.filter(hasOwnPages).flatMap((section) =>
      pagedPaths(paginate, section.cards, sectionHref(entryHref(classifier, term.id), section), {
        params: { id: term.id, section: section.slug },
        props: {
          classifier,
          term: { id: term.id, name: term.name },
          section: { slug: section.slug, title: section.title, count: section.count },
        },
      }),
    ),
  );
}

export function loadTermSectionPage(props: {
  classifier: Classifier;
  term: { id: string; name: string };
  section: Pick<SummarySection, 'slug' | 'title' | 'count'>;
  page: Page<Card>;
}): SectionListModel {
  const { classifier, term, section, page } = props;
  const href = entryHref(classifier, term.id);
  return {
    section: section.title,
    owner: { name: term.name, href, kicker: collections[classifier].labelSingular },
    trail: [{ href: collectionHref(classifier), text: collections[classifier].label }],
    count: t(section.count, { n: page.total }),
    cards: page.data,
    page: pageInfo(page, sectionHref(href, section)),
  };
}
