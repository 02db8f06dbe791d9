/**
 * Issue 19, item 3 in a browser, as a reader on a phone (JavaScript on and off): the SDG index
 * counts what is aligned with each goal; a goal's page lists exactly the fixture's published
 * practices, lessons, offers, agendas, plans and needs that name it, each card with the goal's
 * targets it names; an entry page's goal leads to that page; the catalogue's SDG facet lists as
 * many offers as it counts; with JavaScript, the search's SDG filter gives as many results as its
 * option promises, exactly the searched entries naming the goal. Expected sets come from the
 * fixture files (test/fixtures/site/content), never from the built site. axe checks the pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { collections } from '../../../src/schemas/index.ts';
import { searchedCollections } from '../../../src/features/search/search-options.ts';
import { axeViolations, formatViolations } from '../../helpers/axe.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { jsModes, phoneContext, tapLink } from '../../helpers/reader-phone.ts';
import { published, terms } from './territory-content.ts';

const built = useBuiltSite();

const ALIGNED = ['practices', 'lessons', 'offers', 'agendas', 'plans', 'needs'] as const;
const hrefOf = (collection: (typeof ALIGNED)[number], id: string) =>
  `/${(collections[collection] as { route: string }).route}/${id}/`;
const goals = terms('sdg').map((g) => ({ ...g, targets: (g.targets as string[]).map(String) }));
const aligned = ALIGNED.flatMap((collection) =>
  published(collection).map((e) => ({
    collection,
    href: hrefOf(collection, e.id),
    goals: ((e.data.sdg as string[] | undefined) ?? []).map(String),
    targets: ((e.data.sdgTargets as string[] | undefined) ?? []).map(String),
  })),
);
const namingGoal = (goal: string) => aligned.filter((e) => e.goals.includes(goal));
/** The goal named by the most entries of the most kinds: the page with the most to check. */
const richest = [...goals].sort(
  (a, b) =>
    new Set(namingGoal(b.id).map((e) => e.collection)).size - new Set(namingGoal(a.id).map((e) => e.collection)).size ||
    namingGoal(b.id).length - namingGoal(a.id).length,
)[0]!;
const goalName = (id: string) => t('sdg.term', { n: id, name: goals.find((g) => g.id === id)!.name });
const targetsLine = (e: (typeof aligned)[number], goal: string) => {
  const own = goals.find((g) => g.id === goal)!.targets.filter((code) => e.targets.includes(code));
  return own.length ? t('sdg.cardTargets', { targets: own.join(', ') }) : undefined;
};
const pathsOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Every card a goal's page lists, following each section's whole list and its pages. */
async function listedOnGoalPage(context: BrowserContext, page: Page) {
  const found = new Map<string, string>();
  const collect = async (p: Page) => {
    for (const card of await p.locator('main .card').all()) {
      const href = new URL((await card.locator('h3 a').getAttribute('href'))!, built.url).pathname;
      found.set(href, (await card.textContent()) ?? '');
    }
  };
  await collect(page);
  for (const more of await pathsOf(page, 'main p.more a')) {
    if (more === '/ods/') continue;
    let next: string | undefined = more;
    while (next) {
      const { page: list } = await built.open(context, next);
      await collect(list);
      next = (await pathsOf(list, 'a[rel="next"]'))[0];
      await list.close();
    }
  }
  return found;
}

describe('the fixture has what the task needs', () => {
  it('17 goals; a goal named by several kinds of entry; a goal named by no one', () => {
    expect(goals).toHaveLength(17);
    expect(new Set(namingGoal(richest.id).map((e) => e.collection)).size).toBeGreaterThan(2);
    expect(goals.some((g) => namingGoal(g.id).length === 0)).toBe(true);
    expect(published('offers').some((o) => ((o.data.sdg as string[] | undefined) ?? []).length > 0)).toBe(true);
  });
});

describe.each(jsModes)('SDG alignment on a phone ($name)', ({ javaScriptEnabled }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await phoneContext(built.browser, javaScriptEnabled);
  });
  afterAll(() => context?.close());

  it('the index counts each goal’s entries, and a goal’s page lists exactly them with their targets', async () => {
    const { page, errors } = await built.open(context, '/ods/');
    for (const goal of goals) {
      const item = page.locator('.sdg-goals li', { has: page.locator(`a[href="/ods/${goal.id}/"]`) });
      await expect(item.textContent()).resolves.toContain(t('sdg.count', { n: namingGoal(goal.id).length }));
    }
    await tapLink(page, page.getByRole('link', { name: goalName(richest.id) }));
    expect(new URL(page.url()).pathname).toBe(`/ods/${richest.id}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      t('sdg.goalTitle', { n: richest.id, name: richest.name }),
    );
    const listed = await listedOnGoalPage(context, page);
    const expected = namingGoal(richest.id);
    expect([...listed.keys()].sort()).toEqual(expected.map((e) => e.href).sort());
    for (const e of expected) {
      const line = targetsLine(e, richest.id);
      if (line) expect(listed.get(e.href), e.href).toContain(line);
      else expect(listed.get(e.href), e.href).not.toContain(t('sdg.cardTargets', { targets: '' }).trim());
    }
    // Kinds come as sections, one heading each.
    const headings = await page.locator('main h2').allTextContents();
    for (const c of new Set(expected.map((e) => e.collection))) expect(headings).toContain(collections[c].label);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a reader follows a goal from an entry’s page to the goal’s page, where the entry is listed', async () => {
    const entry = aligned.find((e) => e.collection === 'practices' && e.goals.length > 0 && e.targets.length > 0)!;
    const { page, errors } = await built.open(context, entry.href);
    const facts = page.locator('dl.facts', { hasText: collections.sdg.label });
    for (const code of entry.targets) await expect(facts.textContent()).resolves.toContain(code);
    const goal = entry.goals[0]!;
    await tapLink(page, facts.getByRole('link', { name: goalName(goal) }));
    expect(new URL(page.url()).pathname).toBe(`/ods/${goal}/`);
    expect([...(await listedOnGoalPage(context, page)).keys()]).toContain(entry.href);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the catalogue’s SDG facet lists the offers that name each goal, as many as it counts', async () => {
    const offers = aligned.filter((e) => e.collection === 'offers');
    const { page } = await built.open(context, '/oferta/');
    if (javaScriptEnabled) await page.getByText(t('catalogue.filtersToggle')).tap();
    const listed = (p: Page) => pathsOf(p, '.catalogue-results .card h3 a').then((l) => l.sort());
    const options = await page.locator('fieldset[data-facet="ods"] li').evaluateAll((lis) =>
      lis.map((li) => ({
        value: (li.querySelector('[data-value]') ?? li.querySelector('input'))!.getAttribute(
          li.querySelector('[data-value]') ? 'data-value' : 'value',
        )!,
        href: li.querySelector('a')?.getAttribute('href'),
        count: Number(li.querySelector('[data-count]')!.textContent!.replace(/\D/g, '')),
      })),
    );
    expect(options.map((o) => o.value).sort()).toEqual([...new Set(offers.flatMap((o) => o.goals))].sort());
    for (const option of options) {
      const expected = offers
        .filter((o) => o.goals.includes(option.value))
        .map((o) => o.href)
        .sort();
      expect(option.count).toBe(expected.length);
      if (javaScriptEnabled) {
        const fold = page.locator('details.facet-fold', { has: page.locator('fieldset[data-facet="ods"]') });
        if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator('summary').tap();
        const box = page.locator(`fieldset[data-facet="ods"] input[value="${option.value}"]`);
        await box.check();
        await expect
          .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
          .toBe(t('catalogue.count', { n: expected.length }));
        expect(await listed(page)).toEqual(expected);
        await box.uncheck();
      } else {
        expect(option.href).toBe(`/oferta/ods/${option.value}/`);
        const { page: facetPage } = await built.open(context, option.href!);
        expect(await listed(facetPage)).toEqual(expected);
        await expect(facetPage.getByRole('status').textContent()).resolves.toBe(
          t('catalogue.count', { n: expected.length }),
        );
        await facetPage.close();
      }
    }
    await page.close();
  });
});

describe('the search’s SDG filter (JavaScript on)', () => {
  it('gives as many results as its option promises: the searched entries naming the goal', async () => {
    const context = await phoneContext(built.browser, true);
    const goal = richest.id;
    const expected = aligned
      .filter((e) => (searchedCollections as readonly string[]).includes(e.collection) && e.goals.includes(goal))
      .map((e) => e.href)
      .sort();
    const { page, errors } = await built.open(context, '/buscar/');
    const select = page.getByRole('combobox', { name: collections.sdg.labelSingular });
    await select.selectOption(goalName(goal));
    const status = page.getByRole('status');
    await expect
      .poll(() => status.textContent(), { timeout: 20_000 })
      .toBe(t('search.results', { n: expected.length }));
    const more = page.getByRole('button', { name: t('search.more') });
    while (await more.isVisible()) {
      const before = await page.locator('[data-results] li').count();
      await more.tap();
      await expect.poll(() => page.locator('[data-results] li').count(), { timeout: 20_000 }).toBeGreaterThan(before);
    }
    expect((await pathsOf(page, '[data-results] h3 a')).sort()).toEqual(expected);
    // The option's own count, once counted, is the same number.
    const pattern = `${goalName(goal)} (${expected.length})`;
    await expect
      .poll(async () => (await select.locator('option').allTextContents()).includes(pattern), { timeout: 20_000 })
      .toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('the SDG pages meet WCAG 2.1 A/AA (axe-core)', () => {
  it('each of them', async () => {
    const context = await phoneContext(built.browser, true);
    const quiet = goals.find((g) => namingGoal(g.id).length === 0)!;
    const offerGoal = aligned.find((e) => e.collection === 'offers' && e.goals.length)!.goals[0]!;
    for (const path of ['/ods/', `/ods/${richest.id}/`, `/ods/${quiet.id}/`, `/oferta/ods/${offerGoal}/`]) {
      const { page, status } = await built.open(context, path);
      expect(status).toBe(200);
      const violations = await axeViolations(page);
      expect(violations, formatViolations(path, violations)).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});
