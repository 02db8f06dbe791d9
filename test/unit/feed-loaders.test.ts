import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeStore, termEntries } from './support/fake-content.ts';

const content = vi.hoisted(() => ({ store: {} as FakeStore }));
vi.mock('../../src/core/content.ts', async () =>
  (await import('./support/fake-content.ts')).fakeContentModule(() => content.store),
);

const { departmentFeedPaths, loadFeed, loadSubscribePage, typedFeedPaths, themeFeedPaths } =
  await import('../../src/features/publishing/load-feeds.ts');

const site = new URL('https://red.example.org/');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (id: string, data: Record<string, unknown>) => ({
  id,
  data: {
    title: id,
    summary: `Resumen de ${id}`,
    status: 'published',
    themes: [{ id: 'agua' }],
    publishedAt: day('2026-01-01'),
    ...data,
  },
});

beforeEach(() => {
  content.store = {
    ...termEntries({
      territories: [
        { id: '27', name: 'Chocó', region: { id: 'pacifico' } },
        { id: '27001', name: 'Quibdó', region: undefined },
        { id: '05', name: 'Antioquia', region: { id: 'eje' } },
        { id: '05321', name: 'Guatapé' },
      ],
      themes: [
        { id: 'agua', name: 'Agua' },
        { id: 'salud', name: 'Salud' },
      ],
    }),
    practices: [
      entry('acueducto-quibdo', { territories: [{ id: '27001' }], publishedAt: day('2026-03-01') }),
      entry('guatape', { territories: [{ id: '05321' }], themes: [{ id: 'salud' }], publishedAt: day('2026-02-01') }),
      entry('borrador-choco', { territories: [{ id: '27' }], status: 'draft', publishedAt: day('2026-04-01') }),
    ],
    lessons: [],
    offers: [
      entry('oferta-pacifico', {
        territorialFocus: { scope: 'regional', regions: [{ id: 'pacifico' }], territories: [] },
        publishedAt: day('2026-01-15'),
      }),
    ],
  };
});

describe('feed loaders', () => {
  it("give a department's feed the items of its municipalities and the offers reaching it, newest first", async () => {
    const feed = await loadFeed(site, { department: '27' });
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://red.example.org/practicas/acueducto-quibdo/',
      'https://red.example.org/oferta/oferta-pacifico/',
    ]);
    expect(feed.link).toBe('https://red.example.org/territorio/27-choco/');
    expect(feed.self).toBe('https://red.example.org/territorio/27-choco/rss.xml');
    expect(feed.items[0]!.categories).toEqual(['Agua', 'Quibdó']);
  });

  it('never put a draft in a feed', async () => {
    const everything = await loadFeed(site, {});
    expect(everything.items.map((i) => i.title)).not.toContainEqual(expect.stringContaining('borrador'));
    expect(everything.items).toHaveLength(3);
  });

  it('give a file only to the typed feeds that have content', async () => {
    const paths = await typedFeedPaths('department');
    expect(paths.map((p) => `${p.params.slug}/${p.params.type}`).sort()).toEqual([
      '05-antioquia/practicas',
      '27-choco/oferta',
      '27-choco/practicas',
    ]);
    const both = (await typedFeedPaths('both')).map(({ params }) => params as Record<string, string | undefined>);
    expect(both.map((p) => `${p.slug}/${p.theme}/${p.type}`)).toContain('05-antioquia/salud/practicas');
    expect(both.map((p) => `${p.slug}/${p.theme}/${p.type}`)).not.toContain('05-antioquia/agua/practicas');
  });

  it('give every department and every theme its feed of everything', async () => {
    expect((await departmentFeedPaths()).map((p) => p.params.slug).sort()).toEqual(['05-antioquia', '27-choco']);
    expect((await themeFeedPaths()).map((p) => p.props.scope)).toEqual([{ theme: 'agua' }, { theme: 'salud' }]);
  });

  it("model a department's subscription page: its feeds, then one group per theme it has content on", async () => {
    const page = await loadSubscribePage({ department: '27' });
    expect(page.title).toContain('Chocó');
    expect(page.trail.map((c) => c.href)).toEqual(['/territorio/', '/territorio/27-choco/']);
    expect(page.main).toMatchObject({ href: '/territorio/27-choco/rss.xml', count: 2 });
    expect(page.types.map((f) => [f.href, f.count])).toEqual([
      ['/territorio/27-choco/practicas/rss.xml', 1],
      ['/territorio/27-choco/oferta/rss.xml', 1],
    ]);
    expect(page.groups.map((g) => g.name)).toEqual(['Agua']);
    expect(page.places).toBeUndefined();
    expect(page.needs).toBeUndefined();
  });

  it("model the site's subscription page with the way to each department's and theme's, by name", async () => {
    const page = await loadSubscribePage();
    expect(page.main.count).toBe(3);
    expect(page.places?.departments).toEqual([
      { href: '/territorio/05-antioquia/suscribirse/', name: 'Antioquia' },
      { href: '/territorio/27-choco/suscribirse/', name: 'Chocó' },
    ]);
    expect(page.places?.themes.map((th) => th.href)).toEqual(['/temas/agua/suscribirse/', '/temas/salud/suscribirse/']);
    // The feeds of new needs are listed apart; with no needs, only the feed of all of them.
    expect(page.needs?.map((f) => [f.href, f.count])).toEqual([['/demanda/rss.xml', 0]]);
  });
});
