/**
 * What the demand pages show, computed from plain records: the facets with their counts (the
 * catalogue's facet logic, through its entry point), the list for a selection of one value,
 * and the table of themes × departments with how many needs each cell holds and how many of
 * them no offer answers yet («demanda sin oferta»). No content is read here: the loader
 * (load-demand.ts) gives the records.
 */
import { facetCounts, filterItems, type FacetedItem, type Selection } from '../catalogue/index.ts';
import type { Card } from '../../core/cards.ts';
import type { PageInfo } from '../../core/pagination.ts';
import type { NeedStatus } from './need-status.ts';
import type { Fact } from '../../render/parts.ts';
import type { AlikeCard } from '../related/index.ts';

export interface NeedItem extends FacetedItem {
  id: string;
  status: NeedStatus;
  card: Card;
  /** Theme ids and department codes, for the table. */
  themes: string[];
  departments: string[];
}

export interface FacetDefinition {
  key: string;
  label: string;
  /** Every possible value in display order, with its Spanish name. */
  values: { value: string; name: string }[];
}

export interface FacetOption {
  value: string;
  name: string;
  count: number;
  href: string;
  current: boolean;
}

export interface FacetView {
  key: string;
  label: string;
  options: FacetOption[];
}

export interface Choice {
  facet: string;
  value: string;
}

/** `/demanda/tema/finanzas-publicas/`: the page of one facet value, which works without JavaScript. */
export const demandFacetHref = (base: string, choice: Choice) => `${base}${choice.facet}/${choice.value}/`;

/** Facets with the values some need has, each counted over the needs of the selection's other facets. */
export function demandFacets(
  items: readonly NeedItem[],
  facets: readonly FacetDefinition[],
  base: string,
  choice?: Choice,
): FacetView[] {
  const selection: Selection = choice ? { [choice.facet]: [choice.value] } : {};
  const counts = facetCounts(
    items,
    selection,
    facets.map((f) => f.key),
  );
  return facets.map((f) => ({
    key: f.key,
    label: f.label,
    options: f.values
      .map((v) => ({
        ...v,
        count: counts[f.key]?.get(v.value) ?? 0,
        href:
          choice?.facet === f.key && choice.value === v.value
            ? base
            : demandFacetHref(base, { facet: f.key, value: v.value }),
        current: choice?.facet === f.key && choice.value === v.value,
      }))
      .filter((o) => o.count > 0 || o.current),
  }));
}

export const selectedNeeds = <T extends NeedItem>(items: readonly T[], choice?: Choice) =>
  choice ? filterItems(items, { [choice.facet]: [choice.value] }) : [...items];

/** Every page of one facet value that at least one need has. */
export function demandChoices(items: readonly NeedItem[], facets: readonly FacetDefinition[]): Choice[] {
  return facets.flatMap((f) =>
    f.values
      .filter((v) => items.some((i) => i.facets[f.key]?.includes(v.value)))
      .map((v) => ({ facet: f.key, value: v.value })),
  );
}

export interface DemandCell {
  needs: number;
  withoutOffer: number;
}

export interface DemandTable {
  rows: { id: string; name: string; cells: DemandCell[]; total: DemandCell }[];
  columns: { code: string; name: string }[];
  total: DemandCell;
}

/**
 * Themes × departments. A need counts once in every cell of its themes and departments, so
 * rows and columns do not add up to the number of needs; each row's total counts each need once.
 */
export function demandTable(
  items: readonly Pick<NeedItem, 'themes' | 'departments' | 'status'>[],
  themes: readonly { id: string; name: string }[],
  departments: readonly { code: string; name: string }[],
): DemandTable {
  const columns = departments.filter((d) => items.some((i) => i.departments.includes(d.code)));
  const tally = (subset: readonly Pick<NeedItem, 'status'>[]): DemandCell => ({
    needs: subset.length,
    withoutOffer: subset.filter((i) => i.status === 'sin-oferta').length,
  });
  const rows = themes
    .filter((theme) => items.some((i) => i.themes.includes(theme.id)))
    .map((theme) => {
      const ofTheme = items.filter((i) => i.themes.includes(theme.id));
      return {
        id: theme.id,
        name: theme.name,
        cells: columns.map((d) => tally(ofTheme.filter((i) => i.departments.includes(d.code)))),
        total: tally(ofTheme),
      };
    });
  return { rows, columns, total: tally(items) };
}

/** The model of the demand list and of a facet value's page, as load-demand.ts gives it. */
export interface DemandPage {
  title: string;
  lead: string;
  facets: FacetView[];
  /** The cards of this page of the list. */
  cards: Card[];
  page: PageInfo;
  /** All the needs of the list, over its pages. */
  count: number;
  withoutOffer: number;
  /** The value this page shows, with the address of the page without it. */
  chosen?: { name: string; removeHref: string };
  /** Themes × departments over the list's needs (all of them, or a facet value's), on its first page. */
  table?: DemandTable;
  /** The feed of new needs this page follows: on `/demanda/` and on each department's and theme's page. */
  feed?: {
    href: string;
    name: string;
    /** The feed's entry on the site's subscription page, which explains feeds and gives the address to copy. */
    subscribe: string;
  };
}

export interface ChainLink {
  title: string;
  href: string;
  note?: string;
}

/** The model of one need's page, as load-demand.ts gives it. */
export interface NeedPage {
  title: string;
  summary: string;
  bodyHtml: string;
  status: NeedStatus;
  statusName: string;
  what: Fact[];
  where: Fact[];
  evidence: Fact[];
  contactLabel: string;
  contact: Fact[];
  /** Practices on a similar need in municipalities like the need's own, each saying why. */
  alike?: { title: string; lead: string; cards: AlikeCard[] };
  /** What followed the need, at most a page's worth of links per group (newest first)… */
  chain: {
    offers: ChainLink[];
    agendas: ChainLink[];
    plans: ChainLink[];
    practices: ChainLink[];
    lessons: ChainLink[];
  };
  /** …and how many more each group has. */
  chainMore: Record<keyof NeedPage['chain'], number>;
}
