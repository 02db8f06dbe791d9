/**
 * The page of a good practice (/practicas/<id>/): its article, its photos, the lessons that
 * came from it, the agendas and offers it names, and the entries most like it.
 */
import type { CollectionEntry } from 'astro:content';
import { published, taxonomies } from '../../core/content.ts';
import { labelsOf } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import { html } from '../../render/html.ts';
import { practiceView } from '../../render/views.ts';
import { collections } from '../../schemas/index.ts';
import { lessonsFromPractice, relatedCards } from '../related/index.ts';
import { entryBase, entryLinks, entryTags, type ArticlePage } from './load-entry-parts.ts';

export interface PracticePage extends ArticlePage {
  media: CollectionEntry<'practices'>['data']['media'];
}

export const practicePagePaths = async () =>
  (await published('practices')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export async function loadPracticePage(entry: CollectionEntry<'practices'>): Promise<PracticePage> {
  const d = entry.data;
  const tax = await taxonomies();
  const L = labelsOf('practices');
  const tags = entryTags(tax, collections.practices.labelSingular, {
    territories: d.territories,
    themes: d.themes,
    phases: d.phases,
    sdg: d.sdg,
  });
  return {
    ...(await entryBase(entry)),
    tags,
    article: html(practiceView(tax.render, d)),
    media: d.media,
    links: await entryLinks([
      { collection: 'lessons', label: t('practice.lessonsFromIt'), refs: await lessonsFromPractice(entry.id) },
      { collection: 'agendas', label: L('agendas'), refs: d.agendas },
      { collection: 'offers', label: L('offers'), refs: d.offers },
    ]),
    related: await relatedCards('practices', entry.id),
  };
}
