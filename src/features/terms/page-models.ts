/**
 * The models the theme and phase templates receive: load-term-page.ts builds them, the
 * components in `components/` render them and read nothing else.
 */
import type { SummarySection } from '../../core/summary-sections.ts';

export interface TermIndexModel {
  title: string;
  terms: { name: string; href: string; description?: string; total: number }[];
}

export interface TermPageModel {
  name: string;
  /** «Tema», «Momento del ciclo». */
  kicker: string;
  description?: string;
  href: string;
  trail: { href: string; text: string }[];
  /** Themes have feeds; the phases of the management cycle are followed through their themes. */
  feed?: { title: string; href: string; page: string };
  sections: SummarySection[];
}
