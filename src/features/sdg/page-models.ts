/**
 * The models the SDG templates receive: load-sdg-pages.ts builds them, the components in
 * `components/` render them and read nothing else.
 */
import type { SummarySection } from '../../core/summary-sections.ts';

export interface SdgIndexModel {
  title: string;
  lead: string;
  source: string;
  goals: { number: string; name: string; href: string; total: number }[];
}

export interface SdgGoalPageModel {
  /** «ODS 6: Agua limpia y saneamiento». */
  title: string;
  kicker: string;
  lead: string;
  href: string;
  trail: { href: string; text: string }[];
  /** The goal's targets, as codes. */
  targets: string[];
  sections: SummarySection[];
}
