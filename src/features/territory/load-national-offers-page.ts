/**
 * The national offers of one phase (`/ciclo/planeacion/oferta-nacional/`), listed once for
 * every territory: each territory page links here instead of listing them again.
 */
import type { Page, PaginateFunction } from 'astro';
import { collections } from '../../schemas/index.ts';
import type { Card } from '../../core/cards.ts';
import { pageInfo, pagedPaths } from '../../core/pagination.ts';
import type { SectionListModel } from '../../core/summary-sections.ts';
import { collectionHref, entryHref } from '../../core/urls.ts';
import { t } from '../../i18n/index.ts';
import { nationalOfPhase } from '../terms/index.ts';
import { territoryData } from './load-territory-data.ts';
import { offerCardMaker } from './load-territory-lists.ts';
import { isNational } from './territory-offers.ts';

/** The national offers of each phase by title, phases in cycle order; a phase without any has no page. */
export async function nationalOfferPaths(paginate: PaginateFunction) {
  const { offers, phases } = await territoryData();
  const card = await offerCardMaker();
  const national = offers.filter(isNational).sort((a, b) => a.data.title.localeCompare(b.data.title, 'es'));
  return phases
    .map((phase) => ({ phase, cards: national.filter((o) => o.data.phases.some((p) => p.id === phase.id)).map(card) }))
    .filter((g) => g.cards.length > 0)
    .flatMap(({ phase, cards }) =>
      pagedPaths(paginate, cards, nationalOfPhase(phase.id), { params: { id: phase.id }, props: { phase } }),
    );
}

export function loadNationalOffersPage(props: {
  phase: { id: string; name: string };
  page: Page<Card>;
}): SectionListModel {
  const { phase, page } = props;
  return {
    section: t('territory.nationalPhaseTitle'),
    owner: { name: phase.name, href: entryHref('phases', phase.id), kicker: collections.phases.labelSingular },
    trail: [{ href: collectionHref('phases'), text: collections.phases.label }],
    count: t('territory.nationalPhaseLead', { n: page.total }),
    cards: page.data,
    page: pageInfo(page, nationalOfPhase(phase.id)),
  };
}
