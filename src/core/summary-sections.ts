/**
 * Summary pages (a territory, a theme, a phase) show several lists; each list shows its first
 * few cards there and lives whole, paged, at `<page>/<section>/`. A section is described once
 * here, and the summary page and the section's own pages read the same description.
 */
import type { Card } from './cards.ts';
import { PREVIEW_SIZE, type PageInfo } from './pagination.ts';
import type { UiKey } from '../i18n/index.ts';
import { collectionHref } from './urls.ts';

export interface SummarySection {
  /** URL segment of the whole list under the summary page. */
  slug: string;
  /** Heading of the section (the summary page's h2, the section page's h1 with the place). */
  title: string;
  cards: Card[];
  /** The link to the whole list: «Ver las {n} …». */
  more: UiKey;
  /** The count on the whole list's page: «{n} buenas prácticas». */
  count: UiKey;
  /** The count line on the summary page, where it says more than the count of the cards (the offers of a territory). */
  lead?: string;
  /** A list that belongs here but lives elsewhere once for every page (the national offers). */
  elsewhere?: { text: string; href: string };
}

/** Only a section longer than its preview gets pages of its own (and a link to them). */
export const hasOwnPages = (s: Pick<SummarySection, 'cards'>) => s.cards.length > PREVIEW_SIZE;

export const sectionHref = (pageHref: string, s: Pick<SummarySection, 'slug'>) => `${pageHref}${s.slug}/`;

/** Every past jornada, paged; /formacion/jornadas/ shows the most recent. */
export const pastEventsHref = () => `${collectionHref('events')}realizadas/`;

/** What the page of one whole section (ui/SectionList.astro) shows: the loaders of section pages return it. */
export interface SectionListModel {
  /** The section's heading on the summary page. */
  section: string;
  /** The summary page: its name and address, and the trail above it. */
  owner: { name: string; href: string; kicker?: string };
  trail: { href: string; text: string }[];
  /** The count, worded with its plural form. */
  count: string;
  cards: Card[];
  page: PageInfo;
  /** A list that belongs here but lives elsewhere. */
  elsewhere?: { text: string; href: string };
}
