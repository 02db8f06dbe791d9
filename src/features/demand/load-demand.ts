/**
 * The demand feature's loader: the one module of the feature that reads content. It gathers
 * the published needs and the offers, agendas, plans, practices and lessons that follow them,
 * computes each need's status (need-status.ts) and hands the pages plain models: the list with
 * its facets and table (demand-view.ts), each need's page, and the status of every need for
 * the open data.
 */
import { buildError, NeedNotPublished } from '../../core/errors/index.ts';
import { entryBody, published, taxonomies } from '../../core/content.ts';
import type { Page, PaginateFunction } from 'astro';
import { toCard, type Card } from '../../core/cards.ts';
import { PAGE_SIZE, pagedPaths, pageInfo, pageTitle } from '../../core/pagination.ts';
import { collectionHref, entryHref } from '../../core/urls.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { buildDay } from '../../core/today.ts';
import { departmentCode, isDepartmentLevel } from '../../core/places.ts';
import { field, label, labelsOf } from '../../derive/labels.ts';
import type { FieldPath } from '../../schemas/types.ts';
import { t } from '../../i18n/index.ts';
import { formatDate, formatList, formatNumber } from '../../i18n/format.ts';
import { siteBodyHtml } from '../../core/site-context.ts';
import { milestoneStatus } from '../progress/index.ts';
import {
  type ChainLink,
  type Choice,
  type DemandPage,
  type FacetDefinition,
  type NeedItem,
  type NeedPage,
  demandChoices,
  demandFacetHref,
  demandFacets,
  demandTable,
  selectedNeeds,
} from './demand-view.ts';
import { answersOf, isAgreed, isPlanFinished, needStatus, needStatuses, type NeedStatus } from './need-status.ts';
import { searchableText, valuesAt } from '../catalogue/index.ts';
import { practicesLikeNeedCards } from '../related/index.ts';
import { sdgFacts } from '../entries/index.ts';
import { needFeedHref, needFeedName, type NeedFeedScope } from './need-feeds.ts';
import { feedAnchor, subscribeHref } from '../publishing/node.ts';

type Taxonomy = 'sectors' | 'themes' | 'valueGroups' | 'capacityLevels' | 'phases';

/** URL segment → what a facet holds. The department and the status are derived, not fields. */
const fieldFacets: { key: string; path: FieldPath<'needs'>; taxonomy?: Taxonomy }[] = [
  { key: 'sector', path: 'sectors', taxonomy: 'sectors' },
  { key: 'tema', path: 'themes', taxonomy: 'themes' },
  { key: 'grupo', path: 'valueGroups', taxonomy: 'valueGroups' },
  { key: 'capacidad', path: 'capacityLevels', taxonomy: 'capacityLevels' },
  { key: 'momento', path: 'phases', taxonomy: 'phases' },
  { key: 'fuente', path: 'identification.source' },
];
export const DEPARTMENT_FACET = 'departamento';
export const STATUS_FACET = 'estado';

export const statusName = (status: NeedStatus) => t(`demand.status.${status}`);

const byOrderThenName = (a: { order?: number; name: string }, b: { order?: number; name: string }) =>
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name, 'es');

/** Everything the demand pages share, computed once per build. */
export const demandData = oncePerBuild(async function demandData() {
  const [needs, offers, agendas, plans, practices, lessons, tax] = await Promise.all([
    published('needs'),
    published('offers'),
    published('agendas'),
    published('plans'),
    published('practices'),
    published('lessons'),
    taxonomies(),
  ]);
  const today = buildDay();
  const all = {
    offers: offers.map((e) => ({ ...e.data, id: e.id })),
    agendas: agendas.map((e) => ({ ...e.data, id: e.id })),
    plans: plans.map((e) => ({ ...e.data, id: e.id })),
  };
  const departments = [...tax.all.territories.values()]
    .filter((p) => isDepartmentLevel(p.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'es'))
    .map((p) => ({ code: p.id, name: p.name }));
  const sourceField = field('needs', 'identification.source');
  // Sector first: an entity formulating its offer starts from the needs of its own sector (task 9).
  const facets: FacetDefinition[] = [
    ...fieldFacets.slice(0, 2).map((f) => taxonomyFacet(f.key, f.path, f.taxonomy!)),
    {
      key: DEPARTMENT_FACET,
      label: label('territories', 'department'),
      values: departments.map((d) => ({ value: d.code, name: d.name })),
    },
    ...fieldFacets.slice(2, 5).map((f) => taxonomyFacet(f.key, f.path, f.taxonomy!)),
    {
      key: 'fuente',
      label: label('needs', 'identification.source'),
      values: (sourceField.values ?? []).map((v) => ({ value: v, name: sourceField.meta.options?.[v] ?? v })),
    },
    {
      key: STATUS_FACET,
      label: t('demand.statusLabel'),
      values: needStatuses.map((s) => ({ value: s, name: statusName(s) })),
    },
  ];
  function taxonomyFacet(key: string, path: FieldPath<'needs'>, taxonomy: Taxonomy): FacetDefinition {
    return {
      key,
      label: label('needs', path),
      values: [...tax.all[taxonomy].values()].sort(byOrderThenName).map((v) => ({ value: v.id, name: v.name })),
    };
  }
  const territoryName = tax.nameOf('territories');
  const items = needs.map((e) => {
    const answers = answersOf(e.id, all);
    const status = needStatus(answers, today);
    const departmentsOf = [...new Set(e.data.territories.map((r) => departmentCode(r.id)))];
    const item: NeedItem = {
      id: e.id,
      status,
      themes: e.data.themes.map((r) => r.id),
      departments: departmentsOf,
      card: toCard('needs', e, territoryName, [statusName(status)]),
      text: searchableText(e.data.title, e.data.summary),
      facets: {
        ...Object.fromEntries(fieldFacets.map((f) => [f.key, valuesAt(e.data, f.path)])),
        [DEPARTMENT_FACET]: departmentsOf,
        [STATUS_FACET]: [status],
      },
    };
    return { item, entry: e, answers };
  });
  const themes = [...tax.all.themes.values()].sort(byOrderThenName).map((v) => ({ id: v.id, name: v.name }));
  return {
    items: items.map((i) => i.item),
    byId: new Map(items.map((i) => [i.item.id, i])),
    facets,
    themes,
    departments,
    table: demandTable(
      items.map((i) => i.item),
      themes,
      departments,
    ),
    practices,
    lessons,
    tax,
    today,
  };
});

const base = () => collectionHref('needs');

/** The feed of new needs a page of `/demanda/` follows: all of them, a department's or a theme's; none for other facets. */
function feedOf(tax: Awaited<ReturnType<typeof taxonomies>>, choice?: Choice) {
  const scope: NeedFeedScope | undefined = !choice
    ? {}
    : choice.facet === DEPARTMENT_FACET
      ? { department: choice.value }
      : choice.facet === 'tema'
        ? { theme: choice.value }
        : undefined;
  if (!scope) return {};
  const names = {
    territory: (id: string) => tax.term('territories', { id }).name,
    theme: (id: string) => tax.term('themes', { id }).name,
  };
  const href = needFeedHref(scope);
  return { feed: { href, name: needFeedName(scope, names), subscribe: `${subscribeHref()}#${feedAnchor(href)}` } };
}

/** What each page of a demand list gets from its paths: the facet value (none on `/demanda/`) and its page of cards. */
export interface DemandListProps {
  choice?: Choice;
  page: Page<Card>;
}

const listBase = (choice?: Choice) => (choice ? demandFacetHref(base(), choice) : base());

/**
 * `/demanda/` and its pages (`/demanda/pagina/2/`…): the list grows with the network's needs, so
 * it is cut into pages like every other list; facets, counts and the table speak of all of them.
 */
export async function demandListPaths(paginate: PaginateFunction) {
  const data = await demandData();
  return pagedPaths(
    paginate,
    data.items.map((i) => i.card),
    listBase(),
  );
}

/** The pages of each facet value some need has: `/demanda/sector/hacienda/`, then `pagina/2/`… */
export async function demandFacetPaths(paginate: PaginateFunction) {
  const data = await demandData();
  return demandChoices(data.items, data.facets).flatMap((choice) =>
    pagedPaths(
      paginate,
      selectedNeeds(data.items, choice).map((i) => i.card),
      listBase(choice),
      { params: { facet: choice.facet, value: choice.value }, props: { choice } },
    ),
  );
}

/** A page of `/demanda/` (no choice) or of one facet value's list. */
export async function loadDemandPage({ choice, page }: DemandListProps): Promise<DemandPage> {
  const data = await demandData();
  const shown = selectedNeeds(data.items, choice);
  const facets = demandFacets(data.items, data.facets, base(), choice);
  const count = t('demand.count', { n: shown.length });
  const withoutOffer = shown.filter((i) => i.status === 'sin-oferta').length;
  const info = pageInfo(page, listBase(choice));
  // The table says the same on every page of a list: drawn once, on the first.
  const table = info.current > 1 ? undefined : choice ? demandTable(shown, data.themes, data.departments) : data.table;
  const listed = { facets, cards: page.data, page: info, count: shown.length, withoutOffer, table };
  if (!choice)
    return { title: pageTitle(t('demand.title'), info), lead: t('demand.lead'), ...listed, ...feedOf(data.tax) };
  const facet = data.facets.find((f) => f.key === choice.facet)!;
  const name = facet.values.find((v) => v.value === choice.value)?.name ?? choice.value;
  return {
    title: pageTitle(t('demand.facetTitle', { value: name }), info),
    lead: t('demand.facetLead', { facet: facet.label, value: name, count }),
    ...listed,
    chosen: { name, removeHref: base() },
    ...feedOf(data.tax, choice),
  };
}

export async function needPaths() {
  const data = await demandData();
  return data.items.map((i) => ({ params: { id: i.id } }));
}

/** One need's page: what, where, evidence, status and what followed it. */
export async function loadNeedPage(id: string): Promise<NeedPage> {
  const data = await demandData();
  const found = data.byId.get(id);
  if (!found) throw buildError(NeedNotPublished, id);
  const { entry, answers, item } = found;
  const d = entry.data;
  const { tax, today } = data;
  const L = labelsOf('needs');
  const names = (collection: Taxonomy | 'pnd', refs: { id: string }[]) =>
    tax.linked(collection, refs).map((x) => ({ name: x.name, href: x.href }));
  const source = field('needs', 'identification.source');
  const baseline = d.baseline
    ? t('demand.baselineValue', {
        value: formatNumber(d.baseline.value),
        unit: d.baseline.unit,
        year: String(d.baseline.year),
      })
    : undefined;
  const themeNames = tax.terms('themes', d.themes).map((x) => x.name);
  // Practices on a similar need where capacities are alike: what an offer designer reads next (task 9).
  const alike = await practicesLikeNeedCards(
    d.territories.map((r) => r.id).filter((code) => !isDepartmentLevel(code)),
    [d.title, ...themeNames, d.summary].join(' '),
  );
  const agendaIds = new Set(answers.agendas.map((a) => a.id));
  const planIds = new Set(answers.plans.map((p) => p.id));
  const practiceIds = new Set(answers.agendas.flatMap((a) => a.practices.map((p) => p.id)));
  const link = (
    collection: 'offers' | 'agendas' | 'plans' | 'practices' | 'lessons',
    e: { id: string; title: string },
    note?: string,
  ): ChainLink => ({
    title: e.title,
    href: entryHref(collection, e.id),
    ...(note ? { note } : {}),
  });
  const done = (p: (typeof answers.plans)[number]) =>
    p.milestones.filter((m) => milestoneStatus(m, today) === 'done').length;
  return {
    title: d.title,
    summary: d.summary,
    bodyHtml: siteBodyHtml(entryBody(entry)),
    status: item.status,
    statusName: statusName(item.status),
    what: [
      { label: L('themes'), terms: names('themes', d.themes) },
      { label: L('sectors'), terms: names('sectors', d.sectors) },
      { label: L('capacityLevels'), terms: names('capacityLevels', d.capacityLevels) },
      { label: L('phases'), terms: names('phases', d.phases) },
      { label: L('pnd'), terms: names('pnd', d.pnd) },
      ...sdgFacts(tax, { sdg: L('sdg'), sdgTargets: L('sdgTargets') }, d),
    ],
    where: [
      { label: L('territories'), terms: tax.linked('territories', d.territories) },
      { label: L('valueGroups'), terms: names('valueGroups', d.valueGroups) },
    ],
    evidence: [
      {
        label: L('identification.source'),
        text: source.meta.options?.[d.identification.source] ?? d.identification.source,
      },
      {
        label: L('identification.document'),
        text: d.identification.document,
        href: d.identification.link,
      },
      { label: L('identification.date'), text: formatDate(d.identification.date) },
      { label: L('identification.entity'), text: tax.term('entities', d.identification.entity).name },
      ...(d.baseline ? [{ label: `${L('baseline')}: ${d.baseline.indicator}`, text: baseline }] : []),
    ],
    contactLabel: L('contact'),
    contact: [
      { label: L('contact.office'), text: d.contact.office },
      { label: L('contact.email'), text: d.contact.email },
      { label: L('contact.phone'), text: d.contact.phone },
      { label: L('contact.website'), text: d.contact.website },
    ],
    alike:
      alike.length > 0
        ? {
            title: t('demand.alikeTitle'),
            lead: t('demand.alikeLead', {
              places: formatList(d.territories.map((r) => tax.term('territories', r).name)),
            }),
            cards: alike,
          }
        : undefined,
    ...boundedChain({
      offers: answers.offers.map((o) => link('offers', o)),
      agendas: answers.agendas.map((a) =>
        link(
          'agendas',
          a,
          t(isAgreed(a, today) ? 'demand.agendaSigned' : 'demand.agendaNotYet', { date: formatDate(a.signedOn) }),
        ),
      ),
      plans: answers.plans.map((p) =>
        link(
          'plans',
          p,
          t(isPlanFinished(p, today) ? 'demand.planFinished' : 'demand.planOngoing', {
            done: done(p),
            total: p.milestones.length,
          }),
        ),
      ),
      practices: data.practices
        .filter((p) => practiceIds.has(p.id) || p.data.agendas.some((a) => agendaIds.has(a.id)))
        .map((p) => link('practices', { id: p.id, title: p.data.title })),
      lessons: data.lessons
        .filter((l) => l.data.plans.some((p) => planIds.has(p.id)))
        .map((l) => link('lessons', { id: l.id, title: l.data.title })),
    }),
  };
}

/**
 * The chain as the page shows it: at most a page's worth of links in each group, newest first,
 * and how many more. Generated content showed why: one need answered by an agenda that a
 * thousand practices name made a page that grew with the content.
 */
function boundedChain(chain: NeedPage['chain']): Pick<NeedPage, 'chain' | 'chainMore'> {
  const groups = Object.keys(chain) as (keyof NeedPage['chain'])[];
  return {
    chain: Object.fromEntries(groups.map((g) => [g, chain[g].slice(0, PAGE_SIZE)])) as NeedPage['chain'],
    chainMore: Object.fromEntries(
      groups.map((g) => [g, Math.max(0, chain[g].length - PAGE_SIZE)]),
    ) as NeedPage['chainMore'],
  };
}

/** Each published need's status, for the open data. */
export async function needStatusesById(): Promise<Map<string, { status: NeedStatus; name: string }>> {
  const data = await demandData();
  return new Map(data.items.map((i) => [i.id, { status: i.status, name: statusName(i.status) }]));
}
