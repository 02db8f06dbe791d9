/**
 * The page of one territory (`/territorio/27001-quibdo/`): who it is, where it belongs, its
 * feed, its municipalities (for a department) and its lists as summary sections, the offers
 * previewed by phase of the management cycle.
 */
import { collections } from '../../schemas/index.ts';
import { optionLabel } from '../../derive/labels.ts';
import { byName, departmentCode, isDepartmentLevel, territorySlug } from '../../core/places.ts';
import { collectionHref, territoryHref } from '../../core/urls.ts';
import { feedHref, subscribeHref } from '../publishing/node.ts';
import { progressData } from '../progress/index.ts';
import { nationalOfPhase } from '../terms/index.ts';
import { t } from '../../i18n/index.ts';
import { territoryData, type TerritoryData } from './load-territory-data.ts';
import { territoryOffers, territorySections } from './load-territory-lists.ts';
import { phaseOffersViews, type Link } from './phase-offers-view.ts';
import type { TerritoryPageModel } from './page-models.ts';
import { offersLikeThis } from './load-offers-like-this.ts';
import { territoryProfileModel } from './territory-profile.ts';
import { territoryNeeds } from './load-territory-needs.ts';
import { loadAlikePractices } from './load-alike-practices.ts';
import type { ProfileValues } from '../../schemas/territory-profile.ts';

const hrefOf = (place: { id: string; name: string }) => territoryHref({ code: place.id, name: place.name });

/** Every territory with a page: each department, and each municipality some content points at. */
export async function territoryPaths() {
  const { territories } = await territoryData();
  return territories.map((territory) => ({
    params: { slug: territorySlug({ code: territory.id, name: territory.name }) },
    props: { code: territory.id },
  }));
}

/** The place, its department and the breadcrumbs above its pages. */
export function placeOf(tax: TerritoryData['tax'], code: string) {
  const place = tax.all.territories.get(code)!;
  const department = isDepartmentLevel(code) ? undefined : tax.all.territories.get(departmentCode(code));
  const trail: Link[] = [
    { href: collectionHref('territories'), text: collections.territories.label },
    ...(department ? [{ href: hrefOf(department), text: department.name }] : []),
  ];
  return {
    place,
    department,
    trail,
    href: hrefOf(place),
    kind: optionLabel('territories', 'kind', String(place.kind)),
  };
}

export async function loadTerritoryPage(code: string): Promise<TerritoryPageModel> {
  const { tax, territories } = await territoryData();
  const { place, department, trail, href, kind } = placeOf(tax, code);
  const dashboard = (await progressData()).departments.find((d) => d.code === (department?.id ?? code));
  const feedOwner = department ?? place;
  const feedOwnerHref = hrefOf(feedOwner);
  const entityName = (ref: { id: string }) => tax.term('entities', ref).name;
  return {
    code,
    name: place.name,
    kind,
    href,
    trail,
    department: department && { name: department.name, href: hrefOf(department) },
    dashboard: dashboard && { href: dashboard.href, text: t('progress.departmentTitle', { name: dashboard.name }) },
    feed: {
      title: t('feed.territory', { name: feedOwner.name }),
      href: feedHref(feedOwnerHref),
      page: subscribeHref(feedOwnerHref),
    },
    municipalities: isDepartmentLevel(code)
      ? territories
          .filter((m) => !isDepartmentLevel(m.id) && departmentCode(m.id) === code)
          .sort(byName)
          .map((m) => ({ name: m.name, href: hrefOf(m) }))
      : [],
    profile: territoryProfileModel(place as ProfileValues),
    needs: await territoryNeeds(code),
    alike: await loadAlikePractices(code),
    sections: await territorySections(code),
    offersSlug: collections.offers.route,
    // The offers keep their grouping by phase here, a few per phase; their whole lists are paged apart.
    offerGroups: phaseOffersViews((await territoryOffers(code)).phases, href, entityName, nationalOfPhase),
    offersLikeThis: await offersLikeThis(code),
  };
}
