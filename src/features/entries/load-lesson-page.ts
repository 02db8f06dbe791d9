/**
 * The page of a lesson learned (/lecciones/<id>/): its article, the practices, plans and offers
 * it names, and the entries most like it.
 */
import type { CollectionEntry } from 'astro:content';
import { entryBody, published, taxonomies } from '../../core/content.ts';
import { labelsOf } from '../../derive/labels.ts';
import { html } from '../../render/html.ts';
import { lessonView } from '../../render/views.ts';
import { collections } from '../../schemas/index.ts';
import { relatedCards } from '../related/index.ts';
import { entryBase, entryLinks, entryTags, type ArticlePage } from './load-entry-parts.ts';

export type LessonPage = ArticlePage;

export const lessonPagePaths = async () =>
  (await published('lessons')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export async function loadLessonPage(entry: CollectionEntry<'lessons'>): Promise<LessonPage> {
  const d = entry.data;
  const tax = await taxonomies();
  const L = labelsOf('lessons');
  const tags = entryTags(tax, collections.lessons.labelSingular, {
    territories: d.territories,
    themes: d.themes,
    phases: d.phases,
    sdg: d.sdg,
  });
  return {
    ...(await entryBase(entry)),
    tags,
    article: html(lessonView(tax.render, d, Boolean(entryBody(entry)))),
    links: await entryLinks([
      { collection: 'practices', label: L('practices'), refs: d.practices },
      { collection: 'plans', label: L('plans'), refs: d.plans },
      { collection: 'offers', label: L('offers'), refs: d.offers },
    ]),
    related: await relatedCards('lessons', entry.id),
  };
}
