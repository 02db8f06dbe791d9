/**
 * «Oferta para territorios como este»: among the offers that reach a municipality, those aimed
 * at its initial-capacity profile — at least one differential criterion named, every named one
 * matched (`profileFit` is `fits`) — each saying why it fits («Para municipios PDET»). Offers
 * for every profile, and those whose fit is unknown, stay in the general lists only. Pure: the
 * loader gives it the reaching offers, the municipality's profile and the card maker.
 */
import type { Card } from '../../core/cards.ts';
import { type Focus, profileFit } from '../../core/places.ts';
import { t } from '../../i18n/index.ts';
import type { ProfileValues } from '../../schemas/territory-profile.ts';

export interface LikeThisOffer {
  /** The offer's card; its kicker says why it fits. */
  card: Card;
  reasons: string[];
}

/** Why an offer that fits the profile fits it, one phrase per criterion it names. */
export function fitReasons(focus: Focus, profile: ProfileValues): string[] {
  return [
    focus.pdetSubregions?.length
      ? t('territory.fitPdetSubregion', { subregion: profile.pdetSubregion ?? '' })
      : focus.pdet
        ? t('territory.fitPdet')
        : '',
    focus.capacityGroups?.length ? t('territory.fitGroup', { group: profile.capacityGroup ?? '' }) : '',
    focus.categories?.length ? t('territory.fitCategory', { category: profile.category ?? '' }) : '',
  ].filter(Boolean);
}

export function offersLikeThisPlace<O extends { id: string; data: { territorialFocus: Focus } }>(
  reaching: readonly O[],
  profile: ProfileValues | undefined,
  cardOf: (o: O) => Card,
): LikeThisOffer[] {
  if (!profile) return [];
  return reaching
    .filter((o) => profileFit(o.data.territorialFocus, profile) === 'fits')
    .map((o) => {
      const reasons = fitReasons(o.data.territorialFocus, profile);
      return { card: { ...cardOf(o), kicker: reasons.join(' · ') }, reasons };
    });
}
