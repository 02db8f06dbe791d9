/** What the home page shows of the content (loaded by load-home-page.ts). */
import type { Card } from '../../core/cards.ts';

export interface HomePageModel {
  latestPractices: Card[];
  latestLessons: Card[];
  /** «12 buenas prácticas»…, each linking to its list. */
  counts: { href: string; text: string }[];
}
