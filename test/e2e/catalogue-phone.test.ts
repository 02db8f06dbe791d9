/**
 * The offer catalogue on a phone (390×844, touch): the filters fold, so the count and the first
 * offers come within the first two screens; the department filter lists exactly the offers
 * that reach the department (derived from the content with the project's reach logic), as
 * facet pages without JavaScript and in the island; on a facet page each value's count is
 * what choosing it gives from that page; labels and hints do not run together. And the offer
 * page keeps the numbered steps of «Cómo solicitar esta oferta» and makes its phone a link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { contentFacts } from '../helpers/offer-facts.ts';
import { t } from '../../src/i18n/index.ts';
import { PHONE } from '../helpers/reader-phone.ts';

const built = useBuiltSite();
const facts = contentFacts();
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const shown = (page: Page) =>
  page
    .locator('.catalogue-results .card h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
const statusCount = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const CHOCO = 'Chocó';

/** The count and the offers of a catalogue page's first page, read from its HTML (hundreds of pages: no browser needed). */
async function listing(href: string) {
  const html = await (await fetch(built.url + href)).text();
  const results = html.slice(html.indexOf('id="catalogo-resultados"'));
  return {
    count: statusCount(/role="status"[^>]*>([^<]*)</.exec(results)?.[1] ?? ''),
    offers: [...results.matchAll(/<h3><a href="([^"]+)"/g)].map((m) => m[1]!),
  };
}

/** Every offer a facet page lists, across its pages. */
async function allListed(page: Page): Promise<string[]> {
  const found = [...(await shown(page))];
  for (
    let next = page.locator('.pager a[rel=next]');
    (await next.count()) > 0;
    next = page.locator('.pager a[rel=next]')
  ) {
    await next.click();
    found.push(...(await shown(page)));
  }
  return found.sort();
}

describe('the catalogue on a phone, without JavaScript', () => {
  it('shows the count and the first offer within the first two screens (and with JavaScript too)', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await built.browser.newContext({ ...PHONE, javaScriptEnabled });
      const page = await context.newPage();
      for (const path of [
        '/oferta/',
        '/oferta/tipo/formacion/',
        `/oferta/departamento/${facts.department(CHOCO).code}-choco/`,
      ]) {
        await page.goto(built.url + path);
        const status = await page.getByRole('status').evaluate((e) => e.getBoundingClientRect().top);
        const firstOffer = await page
          .locator('.catalogue-results .card')
          .first()
          .evaluate((e) => e.getBoundingClientRect().top);
        expect(status, `${path} (JS ${javaScriptEnabled ? 'on' : 'off'})`).toBeLessThan(2 * 844);
        expect(firstOffer, `${path} (JS ${javaScriptEnabled ? 'on' : 'off'})`).toBeLessThan(2 * 844);
      }
      await context.close();
    }
  });

  it('finds, through the department filter, exactly the offers that reach Chocó', async () => {
    const context = await built.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${built.url}/oferta/`);
    await page.getByText(t('catalogue.filtersToggle')).tap();
    await page.locator('summary', { hasText: t('catalogue.department') }).tap();
    const expected = facts.reaching(CHOCO);
    await page
      .getByRole('group', { name: t('catalogue.department') })
      .getByRole('link', { name: new RegExp(`^${CHOCO} \\(${expected.length}\\)$`) })
      .tap();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(CHOCO);
    expect(statusCount(await page.getByRole('status').textContent())).toBe(expected.length);
    expect(await allListed(page)).toEqual(expected);
    // Not the whole catalogue: some offer does not reach Chocó (else the filter would prove nothing).
    expect(expected.length).toBeLessThan(facts.offers.length);
    await context.close();
  });

  it('gives on each facet page counts that equal what choosing each value lists', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const chocoPage = `/oferta/departamento/${facts.department(CHOCO).code}-choco/`;
    for (const path of [
      '/oferta/',
      '/oferta/tipo/herramienta/',
      '/oferta/modalidad/virtual/',
      chocoPage,
      '/oferta/tipo/herramienta/modalidad/virtual/',
    ]) {
      await page.goto(built.url + path);
      const total = statusCount(await page.getByRole('status').textContent());
      const listed = await shown(page);
      const options = await page.locator('fieldset[data-facet]').evaluateAll((sets) =>
        sets.flatMap((set) =>
          [...set.querySelectorAll('li')].map((li) => ({
            facet: (set as HTMLElement).dataset.facet!,
            href: li.querySelector('a')?.getAttribute('href') ?? undefined,
            count: Number(li.querySelector('.count')!.textContent!.replace(/\D/g, '')),
            current: li.querySelector('a')?.getAttribute('aria-current') === 'page',
          })),
        ),
      );
      expect(options.length, path).toBeGreaterThan(0);
      const own = options.filter((o) => o.current).map((o) => o.facet);
      for (const option of options) {
        if (!option.href) {
          expect(option.count, `${path}: a value without a link lists nothing`).toBe(0);
          continue;
        }
        const target = await listing(option.href);
        expect(target.count, `${path} → ${option.href}`).toBe(option.count);
        // A value of another facet narrows this page: what it lists, this page lists too.
        if (!own.includes(option.facet) && listed.length === total) {
          for (const offer of target.offers) expect(listed, `${path} → ${option.href}`).toContain(offer);
        }
      }
      // Every offer has one modality: on a page, the modality counts add up to the page's offers.
      const modality = options.filter((o) => o.facet === 'modalidad');
      if (modality.length && !own.includes('modalidad'))
        expect(
          modality.reduce((sum, o) => sum + o.count, 0),
          path,
        ).toBe(total);
    }
    await context.close();
  });
});

describe('the catalogue on a phone, with JavaScript', () => {
  it('filters by department: Chocó gives exactly the offers that reach it', async () => {
    const context = await built.browser.newContext({ ...PHONE, javaScriptEnabled: true });
    const { page, errors } = await built.open(context, '/oferta/');
    await page.getByText(t('catalogue.filtersToggle')).tap();
    await page.locator('summary', { hasText: t('catalogue.department') }).tap();
    const expected = facts.reaching(CHOCO);
    await page
      .getByRole('group', { name: t('catalogue.department') })
      .getByRole('checkbox', { name: new RegExp(`^${CHOCO} \\(`) })
      .tap();
    await eventually(() => page.getByRole('status').textContent()).toBe(t('catalogue.count', { n: expected.length }));
    while (await page.getByRole('button', { name: t('catalogue.more') }).isVisible())
      await page.getByRole('button', { name: t('catalogue.more') }).tap();
    expect(await shown(page)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('departamento')).toBe(`${facts.department(CHOCO).code}-choco`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the text box’s label and hint on lines of their own', async () => {
    const context = await built.browser.newContext({ ...PHONE, javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${built.url}/oferta/`);
    const box = (selector: string) =>
      page.locator(selector).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
    const label = await box('label[for="catalogo-q"]');
    const hint = await box('#catalogo-q-hint');
    const input = await box('#catalogo-q');
    expect(hint.top).toBeGreaterThanOrEqual(label.bottom - 1);
    expect(input.top).toBeGreaterThanOrEqual(hint.bottom - 1);
    await context.close();
  });
});

describe('an offer page', () => {
  it('shows numbered steps as a numbered list, and the phone as a tel: link', async () => {
    expect(facts.withNumberedSteps.length).toBeGreaterThan(0);
    const context = await built.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const offer of facts.withNumberedSteps) {
      await page.goto(built.url + offer.href);
      const panel = page.locator('section[aria-labelledby="solicitud"]');
      const steps = offer.howToRequest.steps.split('\n').filter((l) => /^\s*\d+[.)]\s/.test(l)).length;
      expect(await panel.locator('ol > li').count(), offer.href).toBe(steps);
      if (offer.howToRequest.phone) {
        expect(await panel.locator('a[href^="tel:+57"]').textContent(), offer.href).toBe(offer.howToRequest.phone);
      }
    }
    await context.close();
  });
});

describe('the catalogue does not move under the reader', () => {
  it('draws the island’s controls from the first paint: no layout shift as it starts, and none shown without JavaScript', async () => {
    const context = await built.browser.newContext({ ...PHONE, javaScriptEnabled: true });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // On 3G the island's script arrives well after the first paint: hold it back as the network would.
    await page.route('**/*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1_000));
      await route.continue();
    });
    await page.goto(built.url + '/oferta/');
    // The island has started once the filters are checkboxes.
    await eventually(() => page.locator('fieldset[data-facet] input[type=checkbox]').count()).toBeGreaterThan(0);
    expect(await page.getByLabel(t('catalogue.textLabel')).isVisible()).toBe(true);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
    await context.close();

    const noJs = await built.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(built.url + '/oferta/');
    expect(await plain.getByLabel(t('catalogue.textLabel')).isVisible()).toBe(false);
    await noJs.close();
  });
});
