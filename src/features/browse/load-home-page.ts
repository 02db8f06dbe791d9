/**
 * The home page's content: the newest practices and lessons as cards, and how many entries
 * each main collection holds.
 */
import { published, taxonomies } from '../../core/content.ts';
import { toCard } from '../../core/cards.ts';
import type { HomePageModel } from './home-page.ts';
import { collectionHref } from '../../core/urls.ts';
import { t } from '../../i18n/index.ts';

/** Cards of each kind the home page shows. */
export const HOME_CARDS = 4;

export async function loadHomePage(): Promise<HomePageModel> {
  const [practices, lessons, offers, courses, tax] = await Promise.all([
    published('practices'),
    published('lessons'),
    published('offers'),
    published('courses'),
    taxonomies(),
  ]);
  const nameOf = tax.nameOf('territories');
  return {
    latestPractices: practices.slice(0, HOME_CARDS).map((e) => toCard('practices', e, nameOf)),
    latestLessons: lessons.slice(0, HOME_CARDS).map((e) => toCard('lessons', e, nameOf)),
    counts: [
      { href: collectionHref('practices'), text: t('list.practices', { n: practices.length }) },
      { href: collectionHref('lessons'), text: t('list.lessons', { n: lessons.length }) },
      { href: collectionHref('offers'), text: t('list.offers', { n: offers.length }) },
      { href: collectionHref('courses'), text: t('list.courses', { n: courses.length }) },
    ],
  };
}
