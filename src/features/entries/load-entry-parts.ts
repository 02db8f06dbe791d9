/**
 * What every entry page's loader reads alike: the search tags Pagefind records, the links to
 * the entries a page names (drafts left out), and when the entry's file changed in git. The
 * page loaders of entries, catalogue, progress and training build their models from these, so
 * the components that draw them (SearchTags, RelatedLinks, EntryHistory) only receive data.
 */
import { entryBody, entryById, type Taxonomies } from '../../core/content.ts';
import { linkGroups, type LinkGroup, type LinkRequest } from '../../core/entry-links.ts';
import type { Card } from '../../core/cards.ts';
import { entryHistoryOf, type EntryHistoryModel } from '../publishing/node.ts';
import { searchTags, type SearchTags } from '../search/index.ts';
import { t } from '../../i18n/index.ts';

export type { EntryHistoryModel, LinkGroup, SearchTags };

/** What every entry page shows besides its own article. */
export interface EntryPageBase {
  title: string;
  description: string;
  /** The entry's MDX source, for EntryBody. */
  body: string;
  history?: EntryHistoryModel;
}

/** An entry page that Pagefind indexes, with the filters and metadata it records. */
export interface IndexedEntryPage extends EntryPageBase {
  tags: SearchTags;
}

/**
 * What the article pages of practices, lessons and offers share (EntryPage.astro draws them
 * all): the shared article, its link groups and the entries most like it.
 */
export interface ArticlePage extends IndexedEntryPage {
  /** The shared article (src/render), with its media, body and related slots. */
  article: string;
  links: LinkGroup[];
  related: Card[];
}

/** The references an entry's search tags come from, and what an offer's reach adds. */
export interface TagSource {
  territories?: { id: string }[];
  themes?: { id: string }[];
  phases?: { id: string }[];
  placeFallback?: string;
  departments?: string[];
  sdg?: { id: string }[];
}

/** Pagefind's filters and metadata of an entry, its references turned into names. */
export function entryTags(tax: Taxonomies, type: string, source: TagSource): SearchTags {
  return searchTags({
    type,
    territories: tax.terms('territories', source.territories ?? []),
    departmentName: (code) => tax.all.territories.get(code)?.name,
    themes: tax.terms('themes', source.themes ?? []).map((t) => t.name),
    phases: tax.terms('phases', source.phases ?? []).map((t) => t.name),
    placeFallback: source.placeFallback,
    departments: source.departments,
    sdg: (source.sdg ?? []).map((ref) => sdgTermName(tax, ref)),
  });
}

/** A goal as filters and pills name it: «ODS 6 · Agua limpia y saneamiento». */
export const sdgTermName = (tax: Taxonomies, ref: { id: string }) =>
  t('sdg.term', { n: ref.id, name: tax.term('sdg', ref).name });

/** The goals an entry names, linking to their pages, and its targets: two facts, left out when empty. */
export const sdgFacts = (
  tax: Taxonomies,
  labels: { sdg: string; sdgTargets: string },
  d: { sdg?: { id: string }[]; sdgTargets?: string[] },
) => {
  const goals = d.sdg ?? [];
  return [
    {
      label: labels.sdg,
      terms: tax.linked('sdg', goals).map((term, i) => ({ ...term, name: sdgTermName(tax, goals[i]!) })),
    },
    { label: labels.sdgTargets, text: (d.sdgTargets ?? []).join(', ') },
  ];
};

/** The link groups of a page, with the published entries each group names. */
export const entryLinks = (requests: LinkRequest[]): Promise<LinkGroup[]> => linkGroups(requests, entryById);

interface BaseSource {
  body?: string;
  filePath?: string;
  data: { title: string; summary: string };
}

/** The parts of EntryPageBase every entry has the same way. */
export async function entryBase(entry: BaseSource): Promise<EntryPageBase> {
  const history = await entryHistoryOf(entry.filePath);
  return {
    title: entry.data.title,
    description: entry.data.summary,
    body: entryBody(entry),
    ...(history ? { history } : {}),
  };
}
