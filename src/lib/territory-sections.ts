/**
 * The lists of a territory page, as summary sections: its own entries by collection, the
 * practices it replicated, its department's entries, and the offers that reach it. National
 * offers reach every place alike: the offers section links their one list in the catalogue
 * instead of listing them again under every territory (at 10,000 entries they made 3,700 of
 * the site's 19,500 pages, and would make tens of thousands with a page per municipality).
 */
import { collections } from '../schemas/index.ts';
import { label, optionLabel } from '../derive/labels.ts';
import { t } from '../i18n/index.ts';
import { toCard } from './cards.ts';
import { facetHref } from './offer-catalogue.ts';
import { facetFields } from './offer-facets.ts';
import { oncePerBuild } from './once-per-build.ts';
import type { SummarySection } from './summary-sections.ts';
import { territoryData } from './territory-pages.ts';
import { departmentCode, isDepartmentLevel } from './territories.ts';
import { adoptedBy, entriesFor, offersReaching } from './territory-view.ts';

/** The catalogue facet of an offer's territorial scope, whose «nacional» page lists the national offers. */
const scopeFacet = facetFields.find((f) => f.path === 'territorialFocus.scope')!.key;

// Once per territory: the territory page and its sections' own pages read the same lists.
export const territorySections = oncePerBuild(async function territorySections(code: string): Promise<SummarySection[]> {
  const { practices, lessons, offers, agendas, plans, tax, regionOf } = await territoryData();
  const place = tax.all.territories.get(code)!;
  const isDepartment = isDepartmentLevel(code);
  const department = isDepartment ? undefined : tax.all.territories.get(departmentCode(code));
  const nameOf = tax.nameOf('territories');
  const own = [
    { collection: 'practices' as const, lists: entriesFor(practices, code), more: 'summary.more.practices' as const, count: 'list.practices' as const },
    { collection: 'lessons' as const, lists: entriesFor(lessons, code), more: 'summary.more.lessons' as const, count: 'list.lessons' as const },
    { collection: 'agendas' as const, lists: entriesFor(agendas, code), more: 'summary.more.agendas' as const, count: 'list.agendas' as const },
    { collection: 'plans' as const, lists: entriesFor(plans, code), more: 'summary.more.plans' as const, count: 'list.plans' as const },
  ];
  const reaching = offersReaching(offers, code, regionOf);
  const isNational = (o: (typeof reaching)[number]) => o.data.territorialFocus.scope === 'nacional';
  const national = reaching.filter(isNational).length;
  const scope = label('offers', 'territorialFocus.scope');
  const sections: SummarySection[] = [
    ...own.map((s) => ({
      slug: (collections[s.collection] as { route: string }).route,
      title: collections[s.collection].label,
      cards: s.lists.own.map((e) => toCard(s.collection, e, nameOf)),
      more: s.more,
      count: s.count,
    })),
    {
      slug: 'replicadas',
      title: t('territory.adopted', { name: place.name }),
      cards: isDepartment ? [] : adoptedBy(practices, code).map((e) => toCard('practices', e, nameOf)),
      more: 'summary.more.adopted' as const,
      count: 'list.practices' as const,
    },
    {
      slug: 'departamento',
      title: department ? t('territory.fromDepartment', { department: department.name }) : '',
      cards: department ? own.flatMap((s) => s.lists.department.map((e) => toCard(s.collection, e, nameOf))) : [],
      more: 'summary.more.department' as const,
      count: 'list.count' as const,
    },
    {
      slug: (collections.offers as { route: string }).route,
      title: t('territory.offersReaching', { name: place.name }),
      cards: reaching.filter((o) => !isNational(o)).map((o) =>
        toCard('offers', { id: o.id, data: { ...o.data, territories: o.data.territorialFocus.territories } }, nameOf, [
          tax.term('entities', o.data.entity).name,
          `${scope}: ${optionLabel('offers', 'territorialFocus.scope', o.data.territorialFocus.scope)}`,
        ]),
      ),
      more: 'summary.more.offers' as const,
      count: 'territory.offersHere' as const,
      elsewhere: national > 0 ? { text: t('territory.nationalOffers', { n: national }), href: facetHref(scopeFacet, 'nacional') } : undefined,
    },
  ];
  return sections.filter((s) => s.cards.length > 0 || s.elsewhere);
});
