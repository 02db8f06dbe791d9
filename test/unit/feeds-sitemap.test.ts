import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { aboutTheme, concernsDepartment, feedKey, indexFeeds } from '../../src/features/publishing/feed-selection.ts';
import { sitemapXml } from '../../src/integrations/sitemap.ts';

const regionOf = (dept: string) => ({ '27': 'pacifico', '15': 'centro-oriente' })[dept];
const ids = (...list: string[]) => list.map((id) => ({ id }));

describe('what a department feed follows', () => {
  it('practices and lessons of the department or its municipalities', () => {
    expect(concernsDepartment({ territories: ids('27001'), themes: [] }, '27', regionOf)).toBe(true);
    expect(concernsDepartment({ territories: ids('27'), themes: [] }, '27', regionOf)).toBe(true);
    expect(concernsDepartment({ territories: ids('15001'), themes: [] }, '27', regionOf)).toBe(false);
  });
  it('offers whose focus reaches the department or one of its municipalities', () => {
    const offer = (
      scope: 'nacional' | 'regional' | 'departamental' | 'municipal',
      territories: string[],
      regions: string[] = [],
    ) => ({
      territories: [],
      themes: [],
      focus: { scope, territories: ids(...territories), regions: ids(...regions) },
    });
    expect(concernsDepartment(offer('nacional', []), '27', regionOf)).toBe(true);
    expect(concernsDepartment(offer('regional', [], ['pacifico']), '27', regionOf)).toBe(true);
    expect(concernsDepartment(offer('regional', [], ['pacifico']), '15', regionOf)).toBe(false);
    expect(concernsDepartment(offer('municipal', ['27001']), '27', regionOf)).toBe(true);
    expect(concernsDepartment(offer('municipal', ['15001']), '27', regionOf)).toBe(false);
  });
  it('a theme feed follows what is classified under the theme', () => {
    expect(aboutTheme({ territories: [], themes: ids('agua', 'riesgo') }, 'riesgo')).toBe(true);
    expect(aboutTheme({ territories: [], themes: ids('agua') }, 'riesgo')).toBe(false);
  });
});

describe('sitemap', () => {
  it('lists absolute page addresses once, without the not-found page', () => {
    const xml = sitemapXml(new URL('https://example.org/'), ['', 'planes/a/', 'planes/a/', '404/', 'datos/']);
    const urls = new XMLParser({ isArray: (name) => name === 'url' })
      .parse(xml)
      .urlset.url.map((u: { loc: string }) => u.loc);
    expect(urls).toEqual(['https://example.org/', 'https://example.org/datos/', 'https://example.org/planes/a/']);
  });

  it("leaves out the editors' CMS under /admin/ (issue 16 §5), but not pages that merely start with «admin»", () => {
    const xml = sitemapXml(new URL('https://example.org/'), [
      '',
      'admin/',
      '/admin/',
      'admin/terminos/',
      'administracion-publica/',
    ]);
    const urls = new XMLParser({ isArray: (name) => name === 'url' })
      .parse(xml)
      .urlset.url.map((u: { loc: string }) => u.loc);
    expect(urls).toEqual(['https://example.org/', 'https://example.org/administracion-publica/']);
  });
});

describe('every feed in one pass', () => {
  const item = (
    collection: string,
    territories: string[],
    themes: string[],
    focus?: Parameters<typeof concernsDepartment>[0]['focus'],
  ) => ({
    collection,
    territories: ids(...territories),
    themes: ids(...themes),
    focus,
  });
  const lessonQuibdo = item('lessons', ['27001'], ['agua', 'riesgo']);
  const lessonTunja = item('lessons', ['15001'], ['agua']);
  const practiceQuibdo = item('practices', ['27001'], ['agua']);
  const nationalOffer = item('offers', [], ['agua'], { scope: 'nacional', territories: [], regions: [] });
  const index = indexFeeds([lessonQuibdo, lessonTunja, practiceQuibdo, nationalOffer], ['15', '27', '52'], regionOf);
  const feed = (scope: Parameters<typeof feedKey>[0]) => index.get(feedKey(scope)) ?? [];

  it('lessons on one theme in one department are exactly those', () => {
    expect(feed({ department: '27', theme: 'agua', collection: 'lessons' })).toEqual([lessonQuibdo]);
    expect(feed({ department: '15', theme: 'agua', collection: 'lessons' })).toEqual([lessonTunja]);
  });

  it('each type apart, by department and by theme, and everything together', () => {
    expect(feed({ department: '27', collection: 'practices' })).toEqual([practiceQuibdo]);
    expect(feed({ theme: 'agua', collection: 'lessons' })).toEqual([lessonQuibdo, lessonTunja]);
    expect(feed({ department: '27' })).toEqual([lessonQuibdo, practiceQuibdo, nationalOffer]);
    expect(feed({})).toHaveLength(4);
  });

  it('a national offer is in every department’s offer feeds; a combination without content has no feed', () => {
    expect(feed({ department: '52', theme: 'agua', collection: 'offers' })).toEqual([nationalOffer]);
    expect(index.has(feedKey({ department: '52', collection: 'lessons' }))).toBe(false);
    expect(index.has(feedKey({ department: '27', theme: 'riesgo', collection: 'practices' }))).toBe(false);
  });
});
