/** Course filters come from the schema; events split by the build day; sizes read the way Colombians write them. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { label } from '../../src/derive/labels.ts';
import { courseFacetFields, courseFacets, coursesWith } from '../../src/features/training/course-facets.ts';
import { splitByTime } from '../../src/features/training/events.ts';
import { servedFileSize } from '../../src/core/file-size.ts';
import { videoPlayer } from '../../src/render/video-player.ts';
import { formatFileSize } from '../../src/i18n/format.ts';

const refs = (...ids: string[]) => ids.map((id) => ({ id }));
const courses = [
  {
    id: 'a',
    data: {
      themes: refs('salud', 'educacion'),
      agendas: refs(),
      offers: refs('kit'),
      audienceGroups: refs('academia'),
      capacityLevels: refs('individual'),
    },
  },
  {
    id: 'b',
    data: {
      themes: refs('salud'),
      agendas: refs('atrato'),
      offers: refs(),
      audienceGroups: refs('academia'),
      capacityLevels: refs('institucional'),
    },
  },
];

describe('course catalogue filters', () => {
  it('has one facet per list of references in the course schema, labelled by the schema', () => {
    const fields = courseFacetFields();
    expect(fields.map((f) => f.key).sort()).toEqual([
      'agendas',
      'audienceGroups',
      'capacityLevels',
      'offers',
      'themes',
    ]);
    const themes = fields.find((f) => f.key === 'themes')!;
    expect(themes).toMatchObject({ collection: 'themes', segment: 'tema', label: label('courses', 'themes') });
    expect(fields.find((f) => f.key === 'capacityLevels')!.segment).toBe('nivel-de-capacidad');
  });

  it('lists only the values courses use, with names, counts and a page each', () => {
    const facets = courseFacets(courses, (c, id) => `${c}:${id}`);
    const themes = facets.find((f) => f.key === 'themes')!;
    expect(themes.values).toEqual([
      { id: 'educacion', name: 'themes:educacion', count: 1, href: '/formacion/filtro/tema/educacion/' },
      { id: 'salud', name: 'themes:salud', count: 2, href: '/formacion/filtro/tema/salud/' },
    ]);
    expect(coursesWith(courses, 'agendas', 'atrato').map((c) => c.id)).toEqual(['b']);
  });
});

describe('events in time', () => {
  const ev = (id: string, starts: string, ends: string) => ({ id, data: { starts, ends } });
  it('keeps an event upcoming until it ends, soonest first; past ones most recent first', () => {
    const now = new Date('2026-11-24T00:00:00Z');
    const { upcoming, past } = splitByTime(
      [
        ev('later', '2027-02-10 08:30', '2027-02-10 16:30'),
        ev('old', '2026-09-15 08:00', '2026-09-16 16:00'),
        ev('soon', '2026-12-03 08:00', '2026-12-04 17:00'),
        ev('recent', '2026-10-22 14:00', '2026-10-22 17:00'),
        ev('today', '2026-11-23 18:00', '2026-11-23 20:00'),
      ],
      now,
    );
    expect(upcoming.map((e) => e.id)).toEqual(['today', 'soon', 'later']);
    expect(past.map((e) => e.id)).toEqual(['recent', 'old']);
  });
});

describe('download sizes', () => {
  it('formats sizes with Colombian decimals', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(245_000)).toBe('245 KB');
    expect(formatFileSize(1_234_567)).toBe('1,2 MB');
  });

  it('reads the size of a served file and knows nothing of external links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rt-public-'));
    writeFileSync(join(dir, 'guia.pdf'), Buffer.alloc(2048));
    expect(servedFileSize('/guia.pdf', dir)).toBe(2048);
    expect(servedFileSize('/no-esta.pdf', dir)).toBeUndefined();
    expect(servedFileSize('https://www.dnp.gov.co/guia.pdf', dir)).toBeUndefined();
  });
});

describe('video players', () => {
  it('embeds YouTube from its no-cookie domain and Vimeo without tracking, each with a watch link for JS off', () => {
    expect(videoPlayer({ provider: 'youtube', videoId: 'a1B2c3D4e5F' })).toMatchObject({
      watchHref: 'https://www.youtube.com/watch?v=a1B2c3D4e5F',
      embedSrc: expect.stringMatching(/^https:\/\/www\.youtube-nocookie\.com\/embed\/a1B2c3D4e5F\?/),
    });
    expect(videoPlayer({ provider: 'vimeo', videoId: '123456789' }).embedSrc).toMatch(
      /^https:\/\/player\.vimeo\.com\/video\/123456789\?.*dnt=1/,
    );
    expect(videoPlayer({ provider: 'archivo', src: '/materiales/v.mp4' })).toEqual({ watchHref: '/materiales/v.mp4' });
  });
});
