/**
 * The lists of one territory, computed once per build: the territory page previews them and
 * the pages of each whole list (a section, the aimed offers of a phase) page through the same
 * lists, so each is computed once for all of them.
 */
import { oncePerBuild } from '../../core/once-per-build.ts';
import { departmentCode, isDepartmentLevel } from '../../core/places.ts';
import { facetFields, facetHref } from '../catalogue/index.ts';
import { territoryData } from './load-territory-data.ts';
import { territoryOfferLists } from './territory-offers.ts';
import { offerCard, territorySummarySections, type OfferEntry } from './territory-sections.ts';
import type { ProfileValues } from '../../schemas/territory-profile.ts';

/** The catalogue facet of an offer's territorial scope, whose «nacional» page lists the national offers. */
const scopeFacet = () => facetFields.find((f) => f.path === 'territorialFocus.scope')!.key;

/** The offers that reach a territory, nearest first, and by phase (territory-offers.ts). */
export const territoryOffers = oncePerBuild(async function territoryOffers(code: string) {
  const { offers, regionOf, phases, tax } = await territoryData();
  return territoryOfferLists(
    offers,
    code,
    regionOf,
    phases,
    tax.all.territories.get(code) as ProfileValues | undefined,
  );
});

/** An offer's card in a territory's lists, with the build's names. */
export async function offerCardMaker() {
  const { tax } = await territoryData();
  const territoryName = tax.nameOf('territories');
  const entityName = (ref: { id: string }) => tax.term('entities', ref).name;
  return (o: OfferEntry) => offerCard(o, territoryName, entityName);
}

export const territorySections = oncePerBuild(async function territorySections(code: string) {
  const { practices, lessons, agendas, plans, tax } = await territoryData();
  const { aimed, national } = await territoryOffers(code);
  const card = await offerCardMaker();
  return territorySummarySections({
    code,
    place: tax.all.territories.get(code)!,
    department: isDepartmentLevel(code) ? undefined : tax.all.territories.get(departmentCode(code)),
    lists: { practices, lessons, agendas, plans },
    territoryName: tax.nameOf('territories'),
    aimedOffers: aimed.map(card),
    national: { count: national.length, href: facetHref(scopeFacet(), 'nacional') },
  });
});
