/**
 * The model the catalogue's template receives: load-catalogue-page.ts builds it, the
 * components in `components/` render it and read nothing else.
 */
import type { PageInfo } from '../../core/pagination.ts';
import type { FacetView } from './catalogue-pages.ts';
import type { CatalogueItem } from './offer-catalogue.ts';

export interface CataloguePageModel {
  /** The document's title (it says the page number past the first). */
  title: string;
  heading: string;
  kicker?: string;
  lead: string;
  trail: { href: string; text: string }[];
  /** The catalogue's feed, announced and linked on its home. */
  feed?: { title: string; href: string };
  facets: FacetView[];
  /** The offers of this page. */
  items: CatalogueItem[];
  page: PageInfo;
  /** Instant filters: only on the first page of the catalogue's home. */
  interactive: boolean;
  chosen: { name: string; removeHref: string }[];
  limited: boolean;
}
