/**
 * USERS.md task 7, as a network member does it on a phone: follow the lessons learned on one
 * theme in one department through a feed, without an account. From the department's page
 * (and from the theme's) the feed link leads to a page that explains feeds, names free
 * readers and gives the address to copy; the feed at that address holds exactly the lessons
 * with that theme in that department or its municipalities. Expected items come from the
 * content files; the feed is parsed with fast-xml-parser.
 */
import { XMLParser } from 'fast-xml-parser';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_SIZE } from '../../../src/features/publishing/feed-selection.ts';
import { departmentCode, territorySlug } from '../../../src/core/places.ts';
import { collections } from '../../../src/schemas/index.ts';
import { t } from '../../../src/i18n/index.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { phone, published, term } from './territory-content.ts';

const built = useBuiltSite();
const parser = new XMLParser({ isArray: (name) => name === 'item' });
const lessonsRoute = (collections.lessons as { route: string }).route;

// The theme and department with the most lessons, from the content.
const lessons = published('lessons');
const pairs = new Map<string, typeof lessons>();
for (const lesson of lessons) {
  const departments = new Set(lesson.data.territories!.map(departmentCode));
  for (const theme of lesson.data.themes!)
    for (const dept of departments) pairs.set(`${dept}|${theme}`, [...(pairs.get(`${dept}|${theme}`) ?? []), lesson]);
}
const [key, chosen] = [...pairs.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
const [deptCode, themeId] = key.split('|') as [string, string];
const department = term('territories', deptCode);
const theme = term('themes', themeId);
const expected = chosen
  .toSorted((a, b) => new Date(String(b.data.publishedAt)).getTime() - new Date(String(a.data.publishedAt)).getTime())
  .slice(0, FEED_SIZE)
  .map((l) => `/${lessonsRoute}/${l.id}/`);
const departmentPath = `/territorio/${territorySlug({ code: deptCode, name: department.name })}/`;
const themePath = `/temas/${themeId}/`;

/** Follows the page's feed link, checks the explainer, opens `group` and returns the address given for lessons. */
async function addressFrom(page: Page, group: string): Promise<string> {
  expect(await page.locator('a[href$=".xml"]').count(), 'a link to raw XML').toBe(0);
  await page.getByRole('link', { name: t('feed.subscribe') }).tap();
  await page.waitForURL((url) => url.pathname.endsWith('/suscribirse/'));
  expect(await page.evaluate(() => document.contentType)).toBe('text/html');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Seguir las novedades/);
  // It says what a feed is and names free readers.
  expect(await page.getByRole('heading', { name: t('feed.whatTitle'), level: 2 }).count()).toBe(1);
  expect(await page.getByText(t('feed.readers')).count()).toBe(1);
  expect(await page.locator('a[href$=".xml"]').count(), 'a link to raw XML').toBe(0);

  const details = page.locator('details', {
    has: page.locator('summary', { hasText: new RegExp(`^${group.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
  });
  await details.locator('summary').tap();
  const entry = details.locator('li', { has: page.getByText(collections.lessons.label, { exact: true }) });
  const address = entry.locator('code');
  expect(await address.isVisible()).toBe(true);
  // One long press selects the whole address, ready to copy.
  expect(await address.evaluate((el) => getComputedStyle(el).userSelect)).toBe('all');
  return (await address.textContent())!;
}

describe('task 7: a network member follows the lessons on one theme in one department', () => {
  let js: BrowserContext;
  let noJs: BrowserContext;
  beforeAll(async () => {
    js = await phone(built.browser, true);
    noJs = await phone(built.browser, false);
  });
  afterAll(async () => {
    await js?.close();
    await noJs?.close();
  });

  it('the content has lessons on a theme in a department, and lessons outside it', () => {
    expect(expected.length).toBeGreaterThan(0);
    expect(lessons.length).toBeGreaterThan(expected.length);
  });

  for (const withJs of [true, false]) {
    it(`from the department page and from the theme page, ${withJs ? 'with' : 'without'} JavaScript, the address leads to exactly those lessons`, async () => {
      const context = withJs ? js : noJs;
      const fromDepartment = await built.open(context, departmentPath);
      const address = await addressFrom(fromDepartment.page, theme.name);
      const fromTheme = await built.open(context, themePath);
      expect(await addressFrom(fromTheme.page, department.name)).toBe(address);

      const url = new URL(address);
      expect(url.protocol).toBe('https:');
      const response = await fromTheme.page.request.get(built.url + url.pathname);
      expect(response.headers()['content-type']).toMatch(/xml/);
      const channel = parser.parse(await response.text()).rss.channel;
      expect(channel.title).toContain(theme.name);
      expect(channel.title).toContain(department.name);
      const items = (channel.item ?? []) as { link: string }[];
      expect(items.map((i) => new URL(i.link).pathname).toSorted()).toEqual(expected.toSorted());
      expect([...fromDepartment.errors, ...fromTheme.errors]).toEqual([]);
      await fromDepartment.page.close();
      await fromTheme.page.close();
    });
  }
});
