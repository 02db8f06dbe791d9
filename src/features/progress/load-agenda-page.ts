/**
 * The page of a territorial agenda (/agendas/<id>/): its article, the plans that carry it out
 * with their combined progress, and the offers and practices it names.
 */
import type { CollectionEntry } from 'astro:content';
import { published, taxonomies } from '../../core/content.ts';
import type { Link } from '../../core/entry-links.ts';
import { entryHref } from '../../core/urls.ts';
import { labelsOf } from '../../derive/labels.ts';
import { html } from '../../render/html.ts';
import { agendaView } from '../../render/views.ts';
import { collections } from '../../schemas/index.ts';
import { entryBase, entryLinks, entryTags, type IndexedEntryPage, type LinkGroup } from '../entries/index.ts';
import { progressData } from './load-progress.ts';
import { loadActorMap } from './load-actor-map.ts';
import type { ActorMapView } from './actor-map.ts';
import type { Progress } from './progress-rollup.ts';

export interface AgendaPage extends IndexedEntryPage {
  /** The shared article (src/render), with its body and related slots. */
  article: string;
  /** The published plans of the agenda; none means no progress section. */
  plans: Link[];
  progress: Progress;
  links: LinkGroup[];
  /** Who takes part, by role, and the influence × interest grid. */
  actors: ActorMapView;
}

export const agendaPagePaths = async () =>
  (await published('agendas')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));

export async function loadAgendaPage(entry: CollectionEntry<'agendas'>): Promise<AgendaPage> {
  const d = entry.data;
  const tax = await taxonomies();
  const L = labelsOf('agendas');
  const agendaProgress = (await progressData()).ofAgenda(entry.id);
  return {
    ...(await entryBase(entry)),
    tags: entryTags(tax, collections.agendas.labelSingular, {
      territories: d.territories,
      themes: d.themes,
      sdg: d.sdg,
    }),
    article: html(agendaView(tax.render, d)),
    plans: agendaProgress.entries.map((e) => ({ href: entryHref('plans', e.id), title: e.data.title })),
    progress: agendaProgress.progress,
    actors: await loadActorMap(d.actors),
    links: await entryLinks([
      { collection: 'offers', label: L('offers'), refs: d.offers },
      { collection: 'needs', label: L('needs'), refs: d.needs },
      { collection: 'practices', label: L('practices'), refs: d.practices },
    ]),
  };
}
