/**
 * The whole list of each section of a territory page that shows only its first cards
 * (`/territorio/27001-quibdo/practicas/`), paged, and the offers of one phase aimed at a
 * territory, its department or its region (`/territorio/27001-quibdo/ciclo/planeacion/`).
 * National offers are listed once, under the phase, and linked from here.
 */
import type { Page, PaginateFunction } from 'astro';
import type { Card } from '../../core/cards.ts';
import { territorySlug } from '../../core/places.ts';
import { pageInfo, pagedPaths } from '../../core/pagination.ts';
import { hasOwnPages, sectionHref, type SectionListModel, type SummarySection } from '../../core/summary-sections.ts';
import { territoryHref } from '../../core/urls.ts';
import { t } from '../../i18n/index.ts';
import { nationalOfPhase } from '../terms/index.ts';
import { territoryData } from './load-territory-data.ts';
import { offerCardMaker, territoryOffers, territorySections } from './load-territory-lists.ts';
import { placeOf } from './load-territory-page.ts';
import { inSentence, territoryPhaseHref } from './territory-sections.ts';

export async function territorySectionPaths(paginate: PaginateFunction) {
  const { territories } = await territoryData();
  const paths = await Promise.all(
    territories.map(async (territory) => {
      const place = { code: territory.id, name: territory.name };
      return (await territorySections(territory.id)).filter(hasOwnPages).flatMap((section) =>
        pagedPaths(paginate, section.cards, sectionHref(territoryHref(place), section), {
          params: { slug: territorySlug(place), section: section.slug },
          props: {
            code: territory.id,
            section: { slug: section.slug, title: section.title, count: section.count, elsewhere: section.elsewhere },
          },
        }),
      );
    }),
  );
  return paths.flat();
}

export async function loadTerritorySectionPage(props: {
  code: string;
  section: Pick<SummarySection, 'slug' | 'title' | 'count' | 'elsewhere'>;
  page: Page<Card>;
}): Promise<SectionListModel> {
  const { code, section, page } = props;
  const { place, trail, href, kind } = placeOf((await territoryData()).tax, code);
  return {
    section: section.title,
    owner: { name: place.name, href, kicker: kind },
    trail,
    count: t(section.count, { n: page.total }),
    cards: page.data,
    elsewhere: section.elsewhere,
    page: pageInfo(page, sectionHref(href, section)),
  };
}

export async function territoryPhasePaths(paginate: PaginateFunction) {
  const { territories } = await territoryData();
  const card = await offerCardMaker();
  const paths = await Promise.all(
    territories.map(async (territory) => {
      const place = { code: territory.id, name: territory.name };
      const { phases } = await territoryOffers(territory.id);
      return phases
        .filter((g) => g.ownPage)
        .map((g) =>
          pagedPaths(paginate, g.aimed.map(card), territoryPhaseHref(territoryHref(place), g.phase.id), {
            params: { slug: territorySlug(place), phase: g.phase.id },
            props: { code: territory.id, phase: g.phase, national: g.national.length },
          }),
        );
    }),
  );
  return paths.flat(2);
}

export async function loadTerritoryPhasePage(props: {
  code: string;
  phase: { id: string; name: string };
  /** How many national offers of the phase there are, listed once under the phase. */
  national: number;
  page: Page<Card>;
}): Promise<SectionListModel> {
  const { code, phase, national, page } = props;
  const { place, trail, href, kind } = placeOf((await territoryData()).tax, code);
  const lower = inSentence(phase.name);
  return {
    section: t('territory.phaseListTitle', { phase: lower, name: place.name }),
    owner: { name: place.name, href, kicker: kind },
    trail,
    count: t('territory.phaseListLead', { n: page.total, name: place.name }),
    cards: page.data,
    elsewhere:
      national > 0
        ? { text: t('territory.phaseNationalLink', { n: national, phase: lower }), href: nationalOfPhase(phase.id) }
        : undefined,
    page: pageInfo(page, territoryPhaseHref(href, phase.id)),
  };
}
