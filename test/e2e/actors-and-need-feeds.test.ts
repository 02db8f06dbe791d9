/**
 * Issue 18, items 6 and 7, as a reader does them on a phone (390×844), JavaScript on and off.
 * An advisor opens each agenda and plan of the fixture content and reads its actor map: every
 * actor the file names, under its role, with influence and interest, and nothing wider than
 * the screen. A planning office that follows new needs finds the subscribe link on `/demanda/`
 * and on a department's page, announced to feed readers too; the link leads to the feed's entry
 * on the site's subscription page, whose address is given to copy (a phone would show raw XML),
 * and the department's feed fetched there carries exactly the needs of that department and its
 * municipalities. Expected sets
 * come from the fixture content; the changed pages are axe-core clean.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { readEntries } from '../helpers/content-files.ts';
import { jsModes, phoneContext, tapLink } from '../helpers/reader-phone.ts';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import { actorRoleNames, type ActorRole } from '../../src/schemas/actors.ts';

interface Actor {
  entity?: string;
  organisation?: string;
  role: ActorRole;
  influence: string;
  interest: string;
}
type WithActors = { actors?: Actor[] };

const built = useBuiltSite();
const entities = new Map(
  readEntries<{ name: string; acronym?: string }>('taxonomies/entities').map((e) => [e.id, e.data]),
);
const territories = new Map(readEntries<{ name: string }>('taxonomies/territories').map((e) => [e.id, e.data.name]));
const mapped = [
  ...readEntries<WithActors>('agendas').map((e) => ({ path: `/agendas/${e.id}/`, actors: e.data.actors ?? [] })),
  ...readEntries<WithActors>('plans').map((e) => ({ path: `/planes/${e.id}/`, actors: e.data.actors ?? [] })),
].filter((e) => e.actors.length > 0);
const nameOf = (a: Actor) => (a.entity ? entities.get(a.entity)!.name : a.organisation!);
/** The grid names an entity by its acronym where it has one. */
const shortNameOf = (a: Actor) =>
  a.entity
    ? (entities.get(a.entity)!.acronym ?? nameOf(a))
    : (/\(([^()]+)\)$/.exec(a.organisation!)?.[1] ?? a.organisation!);

const needs = readEntries<{ territories: string[]; themes: string[]; publishedAt: string }>('needs');
const departmentOf = (code: string) => code.slice(0, 2);
const needDepartments = [...new Set(needs.flatMap((n) => n.data.territories.map(departmentOf)))].sort();

describe('the actor map of agendas and plans, on a phone', () => {
  it('the fixture content maps actors on agendas and on plans', () => {
    expect(mapped.some((m) => m.path.startsWith('/agendas/'))).toBe(true);
    expect(mapped.some((m) => m.path.startsWith('/planes/'))).toBe(true);
  });

  for (const mode of jsModes) {
    it(`shows every actor of each map under its role, with influence and interest (${mode.name})`, async () => {
      const context = await phoneContext(built.browser, mode.javaScriptEnabled);
      for (const { path, actors } of mapped) {
        const { page, errors, status } = await built.open(context, path);
        expect(status, path).toBe(200);
        const seen = await page.locator('[data-actor-map] [data-role]').evaluateAll((sections) =>
          sections.flatMap((s) =>
            [...s.querySelectorAll('[data-actor]')].map((li) => ({
              role: (s as HTMLElement).dataset.role!,
              heading: s.querySelector('h3')!.textContent!.trim(),
              name: (li as HTMLElement).dataset.actor!,
              influence: (li.querySelector('[data-influence]') as HTMLElement).dataset.influence!,
              interest: (li.querySelector('[data-interest]') as HTMLElement).dataset.interest!,
            })),
          ),
        );
        const key = (a: { role: string; name: string; influence: string; interest: string }) =>
          `${a.role}|${a.name}|${a.influence}|${a.interest}`;
        expect(seen.map(key).sort(), path).toEqual(
          actors
            .map((a) => key({ role: a.role, name: nameOf(a), influence: a.influence, interest: a.interest }))
            .sort(),
        );
        for (const s of seen) expect(s.heading).toBe(actorRoleNames[s.role as ActorRole]);
        // The grid places each actor once, in its influence row and interest column.
        const cells = await page
          .locator('[data-actor-grid] tbody tr')
          .evaluateAll((rows) =>
            rows.flatMap((tr) =>
              [...tr.querySelectorAll('td')].flatMap((td) =>
                [...td.querySelectorAll('li')].map(
                  (li) => `${(tr as HTMLElement).dataset.influence}|${td.dataset.interest}|${li.textContent!.trim()}`,
                ),
              ),
            ),
          );
        expect(cells.sort(), path).toEqual(actors.map((a) => `${a.influence}|${a.interest}|${shortNameOf(a)}`).sort());
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
        expect(errors, path).toEqual([]);
        await page.close();
      }
      await context.close();
    });
  }

  it('an agenda and a plan page with an actor map are axe-core clean', async () => {
    const context = await phoneContext(built.browser, true);
    for (const path of [
      mapped.find((m) => m.path.startsWith('/agendas/'))!.path,
      mapped.find((m) => m.path.startsWith('/planes/'))!.path,
    ]) {
      const { page } = await built.open(context, path);
      const violations = await axeViolations(page);
      expect(violations, formatViolations(path, violations)).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});

const parser = new XMLParser({ isArray: (name) => name === 'item' || name === 'category' });
const feedItems = async (path: string) => {
  const response = await fetch(built.url + path);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toContain('xml');
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const channel = parser.parse(xml).rss.channel;
  return { channel, items: (channel.item ?? []) as { title: string; link: string; pubDate: string }[] };
};

describe('feeds of new needs', () => {
  it('the fixture content has needs in more than one department', () => {
    expect(needDepartments.length).toBeGreaterThan(1);
  });

  for (const mode of jsModes) {
    it(`a department's page of /demanda/ leads to its feed, which carries exactly its needs (${mode.name})`, async () => {
      const context = await phoneContext(built.browser, mode.javaScriptEnabled);
      const { page, errors } = await built.open(context, '/demanda/');
      const all = page.locator('[data-need-feed] a');
      expect(await all.getAttribute('href')).toBe('/suscribirse/#demanda');
      expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
        '/demanda/rss.xml',
      );
      const { items: everything } = await feedItems('/demanda/rss.xml');
      expect(everything.map((i) => new URL(i.link).pathname).sort()).toEqual(
        needs.map((n) => `/demanda/${n.id}/`).sort(),
      );

      const department = needDepartments[0]!;
      await page.locator('.demand-fold > summary').tap();
      await tapLink(page, page.locator(`[data-facet="departamento"] a[data-value="${department}"]`));
      expect(new URL(page.url()).pathname).toBe(`/demanda/departamento/${department}/`);
      const link = page.locator('[data-need-feed] a');
      expect(await link.textContent()).toContain(territories.get(department)!);
      const href = `/demanda/departamento/${department}/rss.xml`;
      expect(
        await page
          .locator('link[rel="alternate"][type="application/rss+xml"]')
          .evaluateAll((ls) => ls.map((l) => l.getAttribute('href'))),
      ).toContain(href);
      // The link leads to the feed's entry on the subscription page, with the address to copy.
      await tapLink(page, link);
      const target = new URL(page.url());
      expect(target.pathname).toBe('/suscribirse/');
      expect(target.hash).toBe(`#demanda-departamento-${department}`);
      const address = await page.locator(`${target.hash} code`).textContent();
      expect(new URL(address!).pathname).toBe(href);

      const { channel, items } = await feedItems(href);
      expect(channel.title).toContain(territories.get(department)!);
      const expected = needs.filter((n) => n.data.territories.some((p) => departmentOf(p) === department));
      expect(items.map((i) => new URL(i.link).pathname).sort()).toEqual(
        expected.map((n) => `/demanda/${n.id}/`).sort(),
      );
      const dates = items.map((i) => new Date(i.pubDate).getTime());
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      // Another department's feed carries none of them.
      const other = needDepartments.find((d) => d !== department)!;
      const { items: others } = await feedItems(`/demanda/departamento/${other}/rss.xml`);
      for (const item of others)
        expect(expected.map((n) => `/demanda/${n.id}/`)).not.toContain(new URL(item.link).pathname);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("a theme's page links its feed, which carries exactly the needs of that theme", async () => {
    const theme = needs[0]!.data.themes[0]!;
    const context = await phoneContext(built.browser, false);
    const { page } = await built.open(context, `/demanda/tema/${theme}/`);
    expect(await page.locator('[data-need-feed] a').getAttribute('href')).toBe(`/suscribirse/#demanda-tema-${theme}`);
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toBe(
      `/demanda/tema/${theme}/rss.xml`,
    );
    const { items } = await feedItems(`/demanda/tema/${theme}/rss.xml`);
    expect(items.map((i) => new URL(i.link).pathname).sort()).toEqual(
      needs
        .filter((n) => n.data.themes.includes(theme))
        .map((n) => `/demanda/${n.id}/`)
        .sort(),
    );
    // Other facets follow no feed of their own.
    const { page: status } = await built.open(context, '/demanda/estado/sin-oferta/');
    expect(await status.locator('[data-need-feed]').count()).toBe(0);
    await context.close();
  });

  it('/demanda/, a department page with the subscribe link and the subscription page are axe-core clean', async () => {
    const context = await phoneContext(built.browser, true);
    for (const path of ['/demanda/', `/demanda/departamento/${needDepartments[0]}/`, '/suscribirse/']) {
      const { page } = await built.open(context, path);
      const violations = await axeViolations(page);
      expect(violations, formatViolations(path, violations)).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});
