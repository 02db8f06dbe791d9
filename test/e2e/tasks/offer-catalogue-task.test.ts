/**
 * Reader task (USERS.md 1 and 5, the catalogue part): a planning secretary in Chocó, on a
 * phone, looks in the offer catalogue for what reaches Chocó and opens one offer to see how to
 * ask for it: the numbered steps, the button to the channel, a phone to tap. Once without
 * JavaScript (facet pages), once with it (the island). The expected offers are derived from
 * the content with the project's reach logic, not written here.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { contentFacts } from '../../helpers/offer-facts.ts';
import { t } from '../../../src/i18n/index.ts';
import { PHONE } from '../../helpers/reader-phone.ts';

const built = useBuiltSite();
const facts = contentFacts();
const DEPARTMENT = 'Chocó';

const listed = (page: Page) =>
  page
    .locator('.catalogue-results .card h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());

async function task(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled });
  const { page, errors } = await built.open(context, '/');
  const expected = facts.reaching(DEPARTMENT);

  // From the home page, through the menu, to the catalogue.
  await page.locator('nav summary', { hasText: t('nav.menu') }).tap();
  await page
    .getByRole('navigation', { name: t('a11y.mainNav') })
    .getByRole('link', { name: 'Oferta institucional' })
    .tap();
  await page.waitForURL(/\/oferta\/$/);

  // The filters are folded; the reader opens them, then the department filter, and picks Chocó.
  await page.getByText(t('catalogue.filtersToggle')).tap();
  await page.locator('summary', { hasText: t('catalogue.department') }).tap();
  const departments = page.getByRole('group', { name: t('catalogue.department') });
  if (javaScriptEnabled) {
    await departments.getByRole('checkbox', { name: new RegExp(`^${DEPARTMENT} \\(${expected.length}\\)$`) }).tap();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toBe(t('catalogue.count', { n: expected.length }));
  } else {
    await departments.getByRole('link', { name: new RegExp(`^${DEPARTMENT} \\(${expected.length}\\)$`) }).tap();
    expect(await page.getByRole('status').textContent()).toBe(t('catalogue.count', { n: expected.length }));
  }
  // Every offer that reaches Chocó, and no other (all on one page at the demo's size).
  expect(await listed(page)).toEqual(expected);

  // One aimed at Chocó itself, rather than a national one, if there is such an offer.
  const aimed = facts.offers.filter((o) => expected.includes(o.href) && o.territorialFocus.scope !== 'nacional');
  const chosen = (aimed.find((o) => facts.withNumberedSteps.includes(o)) ??
    aimed[0] ??
    facts.offers.find((o) => expected.includes(o.href)))!;
  await page.getByRole('link', { name: chosen.title }).tap();
  await page.waitForURL((url) => url.pathname === chosen.href);

  const request = page.getByRole('region', { name: t('offer.howToRequest') });
  expect(await request.isVisible()).toBe(true);
  if (facts.withNumberedSteps.includes(chosen)) expect(await request.locator('ol > li').count()).toBeGreaterThan(1);
  expect(await request.getByRole('link', { name: t('offer.requestButton') }).getAttribute('href')).toMatch(
    /^https?:\/\//,
  );
  if (chosen.howToRequest.phone)
    expect(await request.getByRole('link', { name: chosen.howToRequest.phone }).getAttribute('href')).toMatch(
      /^tel:\+57\d{10}/,
    );
  expect(errors).toEqual([]);
  await context.close();
}

describe('task: a Chocó official finds, on a phone, the offers that reach Chocó and how to ask for one', () => {
  it('without JavaScript', () => task(built.browser, false));
  it('with JavaScript', () => task(built.browser, true));
});
