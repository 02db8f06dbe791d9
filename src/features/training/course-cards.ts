/** How a course shows in the catalogue: audience, duration and level under its title. */
import { optionLabel } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import { type Card, toCard } from '../../core/cards.ts';

interface CourseLike {
  id: string;
  data: { title: string; summary: string; audience: string; durationHours: number; level: string };
}

export const courseCard = (e: CourseLike): Card =>
  toCard('courses', e, () => '', [
    e.data.audience,
    t('course.duration', { n: e.data.durationHours }),
    optionLabel('courses', 'level', e.data.level),
  ]);
