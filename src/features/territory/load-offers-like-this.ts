/**
 * The offers of a municipality's «Oferta para territorios como este» section (offers-like-this.ts),
 * from the same reaching offers, in the same order, as the rest of its page.
 */
import { territoryData } from './load-territory-data.ts';
import { offerCardMaker, territoryOffers } from './load-territory-lists.ts';
import { type LikeThisOffer, offersLikeThisPlace } from './offers-like-this.ts';
import type { ProfileValues } from '../../schemas/territory-profile.ts';

export async function offersLikeThis(code: string): Promise<LikeThisOffer[]> {
  const { tax } = await territoryData();
  const { reaching } = await territoryOffers(code);
  const profile = tax.all.territories.get(code) as ProfileValues | undefined;
  return offersLikeThisPlace(reaching, profile, await offerCardMaker());
}
