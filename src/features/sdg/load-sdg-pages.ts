/**
 * The SDG pages: the index of the 17 goals with how much is aligned with each (`/ods/`), the
 * page of one goal with its lists as summary sections (`/ods/<n>/`), and the whole list of each
 * section that shows only its first cards, paged (`/ods/<n>/<sección>/`). Computed once per
 * build (sdg-pages.ts).
 */
import type { Page, PaginateFunction } from 'astro';
import { collections } from '../../schemas/index.ts';
import { published, taxonomies } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import type { Card } from '../../core/cards.ts';
import { hasOwnPages, sectionHref, type SectionListModel, type SummarySection } from '../../core/summary-sections.ts';
import { pageInfo, pagedPaths } from '../../core/pagination.ts';
import { collectionHref, entryHref } from '../../core/urls.ts';
import { t } from '../../i18n/index.ts';
import type { SdgGoalPageModel, SdgIndexModel } from './page-models.ts';
import { ALIGNED, type AlignedCollection, type AlignedEntry, type Goal, goalSummaries } from './sdg-pages.ts';

export const sdgPages = oncePerBuild(async function sdgPages() {
  const tax = await taxonomies();
  const lists = await Promise.all(ALIGNED.map((a) => published(a.collection)));
  const entries = Object.fromEntries(
    ALIGNED.map((a, i) => [a.collection, lists[i] as unknown as AlignedEntry[]]),
  ) as Record<AlignedCollection, AlignedEntry[]>;
  const goals: Goal[] = [...tax.all.sdg.values()].map((g) => ({
    id: g.id,
    name: g.name,
    targets: (g.targets as string[] | undefined) ?? [],
  }));
  return goalSummaries(goals, entries, tax.nameOf('territories'));
});

export async function loadSdgIndex(): Promise<SdgIndexModel> {
  return {
    title: collections.sdg.label,
    lead: t('sdg.indexLead'),
    source: t('sdg.source'),
    goals: (await sdgPages()).map(({ goal, total }) => ({
      number: goal.id,
      name: goal.name,
      href: entryHref('sdg', goal.id),
      total,
    })),
  };
}

export async function sdgGoalPaths() {
  return (await sdgPages()).map(({ goal }) => ({ params: { goal: goal.id }, props: { id: goal.id } }));
}

export async function loadSdgGoalPage(id: string): Promise<SdgGoalPageModel> {
  const { goal, groups, total } = (await sdgPages()).find((p) => p.goal.id === id)!;
  return {
    title: t('sdg.goalTitle', { n: goal.id, name: goal.name }),
    kicker: collections.sdg.labelSingular,
    lead: t('sdg.goalLead', { n: goal.id, count: t('sdg.count', { n: total }) }),
    href: entryHref('sdg', goal.id),
    trail: [{ href: collectionHref('sdg'), text: collections.sdg.label }],
    targets: goal.targets,
    sections: groups,
  };
}

/** The whole list of each section of a goal page that shows only its first cards, paged. */
export async function sdgSectionPaths(paginate: PaginateFunction) {
  return (await sdgPages()).flatMap(({ goal, groups }) =>
    groups.filter(hasOwnPages).flatMap((section) =>
      pagedPaths(paginate, section.cards, sectionHref(entryHref('sdg', goal.id), section), {
        params: { goal: goal.id, section: section.slug },
        props: {
          goal: { id: goal.id, name: goal.name },
          section: { slug: section.slug, title: section.title, count: section.count },
        },
      }),
    ),
  );
}

export function loadSdgSectionPage(props: {
  goal: { id: string; name: string };
  section: Pick<SummarySection, 'slug' | 'title' | 'count'>;
  page: Page<Card>;
}): SectionListModel {
  const { goal, section, page } = props;
  const href = entryHref('sdg', goal.id);
  return {
    section: section.title,
    owner: { name: t('sdg.goalTitle', { n: goal.id, name: goal.name }), href, kicker: collections.sdg.labelSingular },
    trail: [{ href: collectionHref('sdg'), text: collections.sdg.label }],
    count: t(section.count, { n: page.total }),
    cards: page.data,
    page: pageInfo(page, sectionHref(href, section)),
  };
}
