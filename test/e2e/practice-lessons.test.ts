/**
 * A practice's page lists the lessons that name it as their source (a lesson's `practices`
 * field), so a reader of a practice finds what was learned from it. Expected lessons are read
 * from the content files; the page from the built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { published } from './tasks/territory-content.ts';

const dist = join(import.meta.dirname, '../../dist');

describe('a practice lists the lessons that came from it', () => {
  const lessons = published('lessons');
  const practices = published('practices');
  const sourced = practices.filter((p) =>
    lessons.some((l) => ((l.data.practices as string[] | undefined) ?? []).includes(p.id)),
  );

  it('the content has practices that are the source of a lesson', () => expect(sourced.length).toBeGreaterThan(0));

  it.each(practices.map((p) => p.id))('%s', (id) => {
    const html = readFileSync(join(dist, 'practicas', id, 'index.html'), 'utf8');
    const expected = lessons.filter((l) => ((l.data.practices as string[] | undefined) ?? []).includes(id));
    const heading = html.indexOf(`>${t('practice.lessonsFromIt')}</h3>`);
    if (expected.length === 0) return expect(heading).toBe(-1);
    expect(heading).toBeGreaterThan(-1);
    const list = html.slice(heading, html.indexOf('</ul>', heading));
    const linked = [...list.matchAll(/href="\/lecciones\/([^/]+)\//g)].map((m) => m[1]);
    expect(linked.toSorted()).toEqual(expected.map((l) => l.id).toSorted());
  });
});
