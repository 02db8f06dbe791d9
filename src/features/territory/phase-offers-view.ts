/**
 * The offers that reach a territory as its page shows them by phase of the management cycle:
 * each phase with its count, the offers aimed at the place before the national ones (a
 * preview), and links to the whole of each list it does not show. Pure: the territory page's
 * loader gives it the phase groups (territory-offers.ts) and the addresses.
 */
import { PREVIEW_SIZE } from '../../core/pagination.ts';
import { phasePreview, type PhaseOffers } from './territory-offers.ts';
import { inSentence, offerMeta, offerParts, territoryPhaseHref, type OfferEntry } from './territory-sections.ts';
import { entryHref } from '../../core/urls.ts';
import { t } from '../../i18n/index.ts';

export interface Link {
  href: string;
  text: string;
}

export interface PhaseOffersView {
  id: string;
  name: string;
  /** «7 ofertas: 4 dirigidas… y 3 de alcance nacional.» */
  count: string;
  /** The offers shown: title, address and what follows the title. */
  offers: { href: string; title: string; meta: string }[];
  moreAimed?: Link;
  moreNational?: Link;
}

export function phaseOffersViews(
  groups: PhaseOffers<OfferEntry, { id: string; name: string }>[],
  /** The territory page's address. */
  pageHref: string,
  entityName: (ref: { id: string }) => string,
  /** The one list of a phase's national offers. */
  nationalHref: (phaseId: string) => string,
): PhaseOffersView[] {
  return groups.map((g) => {
    const shown = phasePreview(g, PREVIEW_SIZE);
    const phase = inSentence(g.phase.name);
    return {
      id: g.phase.id,
      name: g.phase.name,
      count: t('territory.phaseCount', {
        n: g.aimed.length + g.national.length,
        parts: offerParts(g.aimed.length, g.national.length),
      }),
      offers: [...shown.aimed, ...shown.national].map((o) => ({
        href: entryHref('offers', o.id),
        title: o.data.title,
        meta: offerMeta(o, entityName).join(' · '),
      })),
      moreAimed: shown.moreAimed
        ? {
            href: territoryPhaseHref(pageHref, g.phase.id),
            text: t('territory.phaseMoreAimed', { n: g.aimed.length, phase }),
          }
        : undefined,
      moreNational: shown.moreNational
        ? { href: nationalHref(g.phase.id), text: t('territory.phaseMoreNational', { n: g.national.length, phase }) }
        : undefined,
    };
  });
}
