/**
 * The page of an offer (/oferta/<id>/): its article, the agendas it serves, the entries most
 * like it, and the reach Pagefind files it under (every department it serves, not only the
 * places it names).
 */
import type { CollectionEntry } from 'astro:content';
import { published, taxonomies } from '../../core/content.ts';
import { label, optionLabel } from '../../derive/labels.ts';
import { html } from '../../render/html.ts';
import { offerView } from '../../render/views.ts';
import { collections } from '../../schemas/index.ts';
import { entryBase, entryLinks, entryTags, type ArticlePage } from '../entries/index.ts';
import { relatedCards } from '../related/index.ts';
import { offerReach } from '../search/index.ts';
import { loadOfferService, type OfferService } from '../progress/index.ts';

export interface OfferPage extends ArticlePage {
  /** How those who received the offer rated it, and what it cost, over the plans that deploy it. */
  service: OfferService;
}

export const offerPagePaths = async () =>
  (await published('offers')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export async function loadOfferPage(entry: CollectionEntry<'offers'>): Promise<OfferPage> {
  const d = entry.data;
  const tax = await taxonomies();
  const focus = d.territorialFocus;
  const regionOf = (dept: string) => (tax.all.territories.get(dept)?.region as { id: string } | undefined)?.id;
  const departments = offerReach(
    focus,
    { department: (code) => tax.all.territories.get(code)?.name, region: (id) => tax.all.regions.get(id)?.name },
    regionOf,
  );
  const placeFallback =
    focus.scope === 'regional'
      ? tax
          .terms('regions', focus.regions)
          .map((r) => r.name)
          .join(' · ')
      : optionLabel('offers', 'territorialFocus.scope', focus.scope);
  const tags = entryTags(tax, collections.offers.labelSingular, {
    territories: focus.territories,
    themes: d.themes,
    phases: d.phases,
    departments,
    placeFallback,
    sdg: d.sdg,
  });
  return {
    ...(await entryBase(entry)),
    tags,
    article: html(offerView(tax.render, d)),
    links: await entryLinks([
      { collection: 'agendas', label: label('offers', 'agendas'), refs: d.agendas },
      { collection: 'needs', label: label('offers', 'needs'), refs: d.needs },
    ]),
    related: await relatedCards('offers', entry.id),
    service: await loadOfferService(entry.id),
  };
}
