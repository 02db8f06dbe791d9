/** Theme and phase pages: everything classified under one term, by collection, as summary sections. */
import { collections } from '../../schemas/index.ts';
import { toCard } from '../../core/cards.ts';
import { published, taxonomies } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import type { PaginateFunction } from 'astro';
import { hasOwnPages, sectionHref, type SummarySection } from '../../core/summary-sections.ts';
import { pagedPaths } from '../../core/pagination.ts';
import { entryHref } from '../../core/urls.ts';
import { t } from '../../i18n/index.ts';

/** The national offers of a phase have a list of their own, which every territory page links to. */
export const nationalOfPhase = (phaseId: string) => `${entryHref('phases', phaseId)}oferta-nacional/`;

export type Classifier = 'themes' | 'phases';
const LISTED = [
  { collection: 'practices', more: 'summary.more.practices', count: 'list.practices' },
  { collection: 'lessons', more: 'summary.more.lessons', count: 'list.lessons' },
  { collection: 'offers', more: 'summary.more.offers', count: 'list.offers' },
  { collection: 'courses', more: 'summary.more.courses', count: 'list.courses' },
  { collection: 'agendas', more: 'summary.more.agendas', count: 'list.agendas' },
] as const;

export const termPages = oncePerBuild(async function termPages(classifier: Classifier) {
  const tax = await taxonomies();
  const lists = await Promise.all(LISTED.map(async (l) => [l, await published(l.collection)] as const));
  const nameOf = tax.nameOf('territories');
  const terms = [...tax.all[classifier].values()].sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0) || a.name.localeCompare(b.name, 'es'));
  return terms.map((term) => {
    const groups: SummarySection[] = lists
      .map(([l, entries]) => ({
        slug: (collections[l.collection] as { route: string }).route,
        title: collections[l.collection].label,
        cards: entries
          .filter((e) => ((e.data as Record<string, unknown>)[classifier] as { id: string }[] | undefined)?.some((r) => r.id === term.id))
          .map((e) => toCard(l.collection, e, nameOf)),
        more: l.more,
        count: l.count,
        elsewhere: classifier === 'phases' && l.collection === 'offers' ? nationalLink(entries, term.id) : undefined,
      }))
      .filter((g) => g.cards.length > 0);
    return { term, groups, total: groups.reduce((n, g) => n + g.cards.length, 0) };
  });
});

function nationalLink(offers: { data: unknown }[], phaseId: string) {
  const n = offers.filter((o) => {
    const d = o.data as { phases: { id: string }[]; territorialFocus: { scope: string } };
    return d.territorialFocus.scope === 'nacional' && d.phases.some((p) => p.id === phaseId);
  }).length;
  return n > 0 ? { text: t('phase.nationalOffers', { n }), href: nationalOfPhase(phaseId) } : undefined;
}

/** The whole list of each section of a theme or phase page that shows only its first cards, paged. */
export async function termSectionPaths(classifier: Classifier, paginate: PaginateFunction) {
  return (await termPages(classifier)).flatMap(({ term, groups }) =>
    groups.filter(hasOwnPages).flatMap((section) =>
      pagedPaths(paginate, section.cards, sectionHref(entryHref(classifier, term.id), section), {
        params: { id: term.id, section: section.slug },
        props: { classifier, term: { id: term.id, name: term.name }, title: section.title, count: section.count },
      }),
    ),
  );
}
