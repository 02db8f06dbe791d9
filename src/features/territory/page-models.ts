/**
 * The models the territory pages' templates receive: the loaders (`load-territory-*.ts`) build
 * them, the components in `components/` render them and read nothing else.
 */
import type { SummarySection } from '../../core/summary-sections.ts';
import type { Link, PhaseOffersView } from './phase-offers-view.ts';

import type { ProfileLine } from './territory-profile.ts';
import type { TerritoryNeedsModel } from './load-territory-needs.ts';
import type { AlikePracticesModel } from './load-alike-practices.ts';
import type { LikeThisOffer } from './offers-like-this.ts';

export interface TerritoryPageModel {
  code: string;
  name: string;
  /** «Municipio», «Departamento»… */
  kind: string;
  href: string;
  trail: Link[];
  /** The department of a municipality. */
  department?: { name: string; href: string };
  /** The progress dashboard of the department, where a work plan runs there. */
  dashboard?: Link;
  /** The department's feed for a municipality (a municipality has none of its own). */
  feed: { title: string; href: string; page: string };
  /** A department's municipalities with content, by name. */
  municipalities: { name: string; href: string }[];
  /** A municipality's initial-capacity profile, one line per field it has (none for a department). */
  profile: ProfileLine[];
  /** The needs that name the place (a department's: its municipalities' too); none when no need does. */
  needs: TerritoryNeedsModel | undefined;
  /** «Prácticas de municipios como este», for a municipality with a profile. */
  alike: AlikePracticesModel | undefined;
  sections: SummarySection[];
  /** The section the offers by phase preview stands in for. */
  offersSlug: string;
  offerGroups: PhaseOffersView[];
  /** «Oferta para territorios como este»: reaching offers aimed at the municipality's profile (offers-like-this.ts). */
  offersLikeThis: LikeThisOffer[];
}

export interface TerritoryIndexModel {
  /** The places file the search island fetches. */
  placesUrl: string;
  mapHref: string;
  /** Departments by name, each with its municipalities with content by name. */
  departments: { code: string; name: string; href: string; municipalities: { name: string; href: string }[] }[];
}
