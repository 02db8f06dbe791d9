/**
 * The offer catalogue's pages: `/oferta/` (the island's page, then the plain list page by page
 * for readers without JavaScript), one list per facet value and one per pair of values of two
 * facets (catalogue-pages.ts), and the catalogue as data for the island (`catalogo.json`).
 */
import type { Page, PaginateFunction } from 'astro';
import { collections } from '../../schemas/index.ts';
import { published, taxonomies } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { pageInfo, pageTitle, pagedPaths } from '../../core/pagination.ts';
import { collectionHref } from '../../core/urls.ts';
import { feedHref } from '../publishing/node.ts';
import { t } from '../../i18n/index.ts';
import { catalogueSelections, type FacetView } from './catalogue-pages.ts';
import type { CataloguePageModel } from './page-models.ts';
import { buildOfferCatalogue, selectionView, type CatalogueItem } from './offer-catalogue.ts';

/** The catalogue of every published offer, once per build. */
export const offerCatalogue = oncePerBuild(async function offerCatalogue() {
  const [offers, tax] = await Promise.all([published('offers'), taxonomies()]);
  return buildOfferCatalogue(offers, tax);
});

// Page 1 is the catalogue with its island; the following pages are the plain list, for readers without JavaScript.
export async function cataloguePaths(paginate: PaginateFunction) {
  const catalogue = await offerCatalogue();
  return pagedPaths(paginate, catalogue.items, collectionHref('offers'), {
    props: { facets: selectionView(catalogue, []).facets },
  });
}

export function loadCataloguePage(props: { facets: FacetView[]; page: Page<CatalogueItem> }): CataloguePageModel {
  const { label } = collections.offers;
  const info = pageInfo(props.page, collectionHref('offers'));
  return {
    title: pageTitle(label, info),
    heading: label,
    lead: t('catalogue.lead'),
    trail: info.current > 1 ? [{ href: info.base, text: label }] : [],
    feed: { title: t('feed.collection', { name: label }), href: feedHref(collectionHref('offers')) },
    facets: props.facets,
    items: props.page.data,
    page: info,
    interactive: info.current === 1,
    chosen: [],
    limited: false,
  };
}

/** Every selection of `size` values (one, or two of different facets) that lists some offer, paged. */
export async function selectionPaths(paginate: PaginateFunction, size: 1 | 2) {
  const catalogue = await offerCatalogue();
  return catalogueSelections(catalogue.items, catalogue.facets)
    .filter((s) => s.choices.length === size)
    .flatMap(({ choices, items }) => {
      const view = selectionView(catalogue, choices);
      const [a, b] = choices;
      const params = { facet: a!.key, value: a!.value, ...(b ? { facet2: b.key, value2: b.value } : {}) };
      return pagedPaths(paginate, items, view.href, { params, props: { view } });
    });
}

/** The page of one value (`/oferta/tipo/herramienta/`) or of a pair of values of two facets. */
export function loadSelectionPage(props: {
  view: ReturnType<typeof selectionView>;
  page: Page<CatalogueItem>;
}): CataloguePageModel {
  const { view, page } = props;
  const info = pageInfo(page, view.href);
  const count = t('catalogue.count', { n: page.total });
  const [first, second] = view.named;
  const words = second
    ? {
        heading: t('catalogue.pairTitle', { first: first!.name, second: second.name }),
        crumb: `${first!.name} · ${second.name}`,
        kicker: `${first!.facet.label} · ${second.facet.label}`,
        lead: t('catalogue.pairLead', {
          first: `${first!.facet.label}: ${first!.name}`,
          second: `${second.facet.label}: ${second.name}`,
          count,
        }),
      }
    : {
        heading: t('catalogue.facetTitle', { value: first!.name }),
        crumb: first!.name,
        kicker: first!.facet.label,
        lead: t('catalogue.facetLead', { facet: first!.facet.label, value: first!.name, count }),
      };
  return {
    title: pageTitle(words.heading, info),
    heading: words.heading,
    kicker: words.kicker,
    lead: words.lead,
    trail: [
      { href: collectionHref('offers'), text: collections.offers.label },
      ...(info.current > 1 ? [{ href: info.base, text: words.crumb }] : []),
    ],
    facets: view.facets,
    items: page.data,
    page: info,
    interactive: false,
    chosen: view.chosen,
    limited: view.limited,
  };
}

/** The catalogue packed for the island (catalogue-data.ts). */
export async function loadCatalogueData() {
  return (await offerCatalogue()).data();
}
