/**
 * Whom an offer is meant for, in one line: «municipios PDET (Chocó, Pacífico Medio) · grupos
 * G4 y G5 · categorías 5 y 6». The offer's page, the CMS preview and the offer cards of a
 * territory's lists all say it with these words, so a reader whose municipality has no profile
 * yet (or a department's reader, to whom the differential focus does not apply) still sees whom
 * the offer serves. Pure, and free of the build: the CMS preview imports it.
 */
import { t } from '../i18n/index.ts';

/** The differential focus fields of an offer's territorial focus (schemas/offers.ts). */
export interface AudienceFocus {
  capacityGroups?: readonly string[];
  categories?: readonly string[];
  pdet?: boolean;
  pdetSubregions?: readonly string[];
}

const and = (values: readonly string[]) => new Intl.ListFormat('es', { type: 'conjunction' }).format(values);

/** The line after «Dirigida a:», or '' when the offer is for every profile. */
export function offerAudience(focus: AudienceFocus): string {
  const subregions = focus.pdetSubregions ?? [];
  const groups = focus.capacityGroups ?? [];
  const categories = focus.categories ?? [];
  return [
    subregions.length
      ? t('offer.audiencePdetIn', { subregions: subregions.join(', ') })
      : focus.pdet
        ? t('offer.audiencePdet')
        : '',
    groups.length ? t('offer.audienceGroups', { n: groups.length, list: and(groups) }) : '',
    categories.length ? t('offer.audienceCategories', { n: categories.length, list: and(categories) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** «Dirigida a: …», or '' for an offer meant for every profile. */
export const meantFor = (focus: AudienceFocus) => {
  const who = offerAudience(focus);
  return who ? t('offer.meantFor', { who }) : '';
};
