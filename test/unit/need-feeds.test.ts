/**
 * Feeds of new needs (issue 18, item 7): a need of a municipality is in its department's feed
 * and not in another department's; a need is in the feeds of its themes and no other; every
 * department and theme has its feed; each is valid RSS with Spanish titles; and `/demanda/` and
 * its department and theme pages announce their feed, other facet pages none.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeStore, termEntries } from './support/fake-content.ts';
import { rssXml } from '../../src/features/publishing/rss.ts';
import { followsNeed, needFeed, needFeedHref, type NeedFeedEntry } from '../../src/features/demand/need-feeds.ts';
import { fedCollections } from '../../src/features/publishing/feeds.ts';

const content = vi.hoisted(() => ({ store: {} as FakeStore }));
vi.mock('../../src/core/content.ts', async () =>
  (await import('./support/fake-content.ts')).fakeContentModule(() => content.store),
);

const { loadNeedFeed, loadNeedFeedInfos, needDepartmentFeedPaths, needThemeFeedPaths } =
  await import('../../src/features/demand/load-need-feeds.ts');

const site = new URL('https://red.example.org/');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const need = (id: string, territories: string[], themes: string[], publishedAt: string, status = 'published') => ({
  id,
  data: {
    title: `Necesidad ${id}`,
    summary: `Resumen de ${id}`,
    status,
    publishedAt: day(publishedAt),
    territories: territories.map((t) => ({ id: t })),
    themes: themes.map((t) => ({ id: t })),
  },
});

beforeEach(() => {
  content.store = {
    ...termEntries({
      territories: [
        { id: '27', name: 'Chocó' },
        { id: '27001', name: 'Quibdó' },
        { id: '05', name: 'Antioquia' },
        { id: '05321', name: 'Guatapé' },
        { id: '15', name: 'Boyacá' },
      ],
      themes: [
        { id: 'agua', name: 'Agua y saneamiento' },
        { id: 'salud', name: 'Salud' },
      ],
    }),
    needs: [
      need('agua-quibdo', ['27001'], ['agua'], '2026-03-01'),
      need('salud-choco', ['27'], ['salud'], '2026-05-01'),
      need('salud-guatape', ['05321'], ['salud'], '2026-04-01'),
      need('borrador-quibdo', ['27001'], ['agua'], '2026-06-01', 'draft'),
    ],
  };
});

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  const channel = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' }).parse(xml).rss.channel;
  return channel as {
    title: string;
    description: string;
    link: string;
    item?: { title: string; link: string; pubDate: string; category: string[] }[];
  };
};
const links = (channel: ReturnType<typeof parse>) => (channel.item ?? []).map((i) => i.link);

describe('feeds of new needs', () => {
  it("a municipality's need is in its department's feed and not in another department's", async () => {
    const choco = parse(rssXml(await loadNeedFeed(site, { department: '27' })));
    expect(links(choco)).toEqual([
      'https://red.example.org/demanda/salud-choco/',
      'https://red.example.org/demanda/agua-quibdo/',
    ]);
    expect(choco.title).toBe('Nuevas necesidades identificadas en Chocó · Red Territorial');
    expect(choco.description).toContain('incluidos sus municipios');
    expect(choco.link).toBe('https://red.example.org/demanda/departamento/27/');
    const antioquia = parse(rssXml(await loadNeedFeed(site, { department: '05' })));
    expect(links(antioquia)).toEqual(['https://red.example.org/demanda/salud-guatape/']);
    const boyaca = parse(rssXml(await loadNeedFeed(site, { department: '15' })));
    expect(boyaca.item).toBeUndefined();
  });

  it("a need is in its themes' feeds and no other", async () => {
    const agua = parse(rssXml(await loadNeedFeed(site, { theme: 'agua' })));
    expect(links(agua)).toEqual(['https://red.example.org/demanda/agua-quibdo/']);
    expect(agua.title).toBe('Nuevas necesidades identificadas sobre Agua y saneamiento · Red Territorial');
    expect(agua.item![0]!.category).toEqual(['Agua y saneamiento', 'Quibdó']);
    const salud = parse(rssXml(await loadNeedFeed(site, { theme: 'salud' })));
    expect(links(salud)).toEqual([
      'https://red.example.org/demanda/salud-choco/',
      'https://red.example.org/demanda/salud-guatape/',
    ]);
  });

  it('the feed of all needs has every published need, newest first, never a draft', async () => {
    const all = parse(rssXml(await loadNeedFeed(site, {})));
    expect(all.title).toBe('Nuevas necesidades identificadas · Red Territorial');
    expect(links(all).map((l) => l.split('/').at(-2))).toEqual(['salud-choco', 'salud-guatape', 'agua-quibdo']);
    expect(all.item![0]!.title).toBe('Necesidad identificada: Necesidad salud-choco');
    expect(all.item![0]!.pubDate).toBe('Fri, 01 May 2026 00:00:00 GMT');
  });

  it('every department and every theme has a feed beside its /demanda/ page', async () => {
    expect((await needDepartmentFeedPaths()).map((p) => p.params.value).sort()).toEqual(['05', '15', '27']);
    expect((await needThemeFeedPaths()).map((p) => p.params.value).sort()).toEqual(['agua', 'salud']);
    expect(needFeedHref({})).toBe('/demanda/rss.xml');
    expect(needFeedHref({ department: '27' })).toBe('/demanda/departamento/27/rss.xml');
    expect(needFeedHref({ theme: 'agua' })).toBe('/demanda/tema/agua/rss.xml');
  });

  it('keeps the newest 50 of a long list', () => {
    const many: NeedFeedEntry[] = Array.from({ length: 60 }, (_, i) => ({
      id: `n${String(i).padStart(2, '0')}`,
      data: {
        title: `N ${i}`,
        summary: 's',
        publishedAt: new Date(Date.UTC(2026, 0, 1 + i)),
        territories: [{ id: '27001' }],
        themes: [],
      },
    }));
    const feed = needFeed(many, { department: '27' }, { territory: () => 'Quibdó', theme: () => '' }, site);
    expect(feed.items).toHaveLength(50);
    expect(feed.items[0]!.link).toBe('https://red.example.org/demanda/n59/');
    expect(followsNeed(many[0]!, { department: '05' })).toBe(false);
  });

  it('the subscription page lists the feed of all needs, then each department and theme with needs', async () => {
    expect((await loadNeedFeedInfos()).map((f) => [f.href, f.name, f.count])).toEqual([
      ['/demanda/rss.xml', 'Nuevas necesidades identificadas', 3],
      ['/demanda/departamento/05/rss.xml', 'Nuevas necesidades identificadas en Antioquia', 1],
      ['/demanda/departamento/27/rss.xml', 'Nuevas necesidades identificadas en Chocó', 2],
      ['/demanda/tema/agua/rss.xml', 'Nuevas necesidades identificadas sobre Agua y saneamiento', 1],
      ['/demanda/tema/salud/rss.xml', 'Nuevas necesidades identificadas sobre Salud', 2],
    ]);
  });

  it("does not add needs to the site's feeds", () => {
    expect(fedCollections).not.toContain('needs');
  });
});
