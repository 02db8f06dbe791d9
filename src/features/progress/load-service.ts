/**
 * The service's evaluation rolled up over every published plan that deploys an offer («¿qué tal
 * les pareció a quienes la recibieron?»), for the offer's page, so an offer designer and a
 * municipality can compare offers by how participants rated them and what they cost.
 */
import type { CollectionEntry } from 'astro:content';
import { published } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { buildDay } from '../../core/today.ts';
import { entryHref } from '../../core/urls.ts';
import { serviceFigures } from './service-figures.ts';
import { type ServiceSummary, serviceRowTexts, serviceSummary } from './service-view.ts';

export interface OfferService {
  summary: ServiceSummary;
  /** Each plan deploying the offer, with its own figures, so the rollup can be traced. */
  plans: { href: string; title: string; evaluations: string; satisfied: string; cost: string }[];
}

/** The published plans of each offer, by title, indexed once: every offer page reads it. */
const plansByOffer = oncePerBuild(async function plansByOffer() {
  const byOffer = new Map<string, CollectionEntry<'plans'>[]>();
  for (const plan of await published('plans'))
    for (const offer of new Set(plan.data.offers.map((o) => o.id))) {
      const list = byOffer.get(offer) ?? [];
      list.push(plan);
      byOffer.set(offer, list);
    }
  for (const list of byOffer.values()) list.sort((a, b) => a.data.title.localeCompare(b.data.title, 'es'));
  return byOffer;
});

export async function loadOfferService(offerId: string): Promise<OfferService> {
  const today = buildDay();
  const plans = (await plansByOffer()).get(offerId) ?? [];
  return {
    summary: serviceSummary(
      plans.map((p) => p.data),
      today,
    ),
    plans: plans.map((p) => {
      const { evaluations, satisfied, cost } = serviceRowTexts(serviceFigures([p.data], today));
      return { href: entryHref('plans', p.id), title: p.data.title, evaluations, satisfied, cost };
    }),
  };
}
