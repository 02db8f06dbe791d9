/**
 * Issue 18, item 4 in a browser, as a planning secretary on a phone (JavaScript on and off):
 * a PDET municipality's page shows, in «Oferta para territorios como este», exactly the offers
 * that reach it and are aimed at its profile — among them those meant for PDET territories —
 * each saying why it fits; an offer aimed at other capacity groups is nowhere on a G5
 * municipality's page, while its department's page keeps it and says whom it is for; the
 * catalogue's capacity-group, category and PDET pages list the offers that name each value,
 * as many as their counts say. Expected sets come from the fixture content and the project's
 * one reach rule (src/core/places.ts), never from the built site. axe-core checks the pages.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  focusReaches,
  profileFit,
  territoryInReach,
  territorySlug,
  departmentCode,
  type Focus,
} from '../../../src/core/places.ts';
import { t } from '../../../src/i18n/index.ts';
import { offerAudience } from '../../../src/render/offer-audience.ts';
import { PDET_VALUE } from '../../../src/features/catalogue/offer-catalogue.ts';
import { axeViolations, formatViolations } from '../../helpers/axe.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { jsModes, phoneContext } from '../../helpers/reader-phone.ts';
import { focusOf, profileOf, published, regionOf, terms } from './territory-content.ts';

const built = useBuiltSite();

const offers = published('offers').map((o) => ({ id: o.id, href: `/oferta/${o.id}/`, focus: focusOf(o) }));
const places = terms('territories');
const municipalities = places.filter((p) => p.id.length === 5);
/** Municipalities with a page: those some content points at (as load-territory-data.ts decides). */
const referenced = new Set(
  ['practices', 'lessons', 'agendas', 'plans', 'offers'].flatMap((c) =>
    published(c).flatMap((e) => [
      ...(e.data.territories ?? []),
      ...((e.data.adoptedBy as string[] | undefined) ?? []),
      ...(((e.data.territorialFocus as { territories?: string[] } | undefined)?.territories ?? []) as string[]),
    ]),
  ),
);
const pathOf = (p: { id: string; name: string }) => `/territorio/${territorySlug({ code: p.id, name: p.name })}/`;
const aimsAtPdet = (f: Focus) => Boolean(f.pdet || f.pdetSubregions?.length);

/** Offers that reach the municipality and are aimed at its profile. */
const likeThis = (code: string) =>
  offers
    .filter(
      (o) => focusReaches(o.focus, code, regionOf, profileOf(code)) && profileFit(o.focus, profileOf(code)) === 'fits',
    )
    .map((o) => o.href)
    .sort();

// A PDET municipality with a page reached by an offer meant for PDET territories.
const pdetPlace = municipalities.find(
  (p) =>
    profileOf(p.id)?.pdetSubregion &&
    referenced.has(p.id) &&
    offers.some((o) => aimsAtPdet(o.focus) && likeThis(p.id).includes(o.href)),
)!;
// An offer aimed at G1 whose territorial reach includes a G5 municipality with a page.
const g1Offer = offers.find((o) => o.focus.capacityGroups?.includes('G1'))!;
const g5Place = municipalities.find(
  (p) =>
    profileOf(p.id)?.capacityGroup === 'G5' && referenced.has(p.id) && territoryInReach(g1Offer.focus, p.id, regionOf),
)!;

const section = (page: Page) => page.getByRole('region', { name: t('territory.likeThis') });
const hrefs = (page: Page, scope = 'body') =>
  page
    .locator(`${scope} a`)
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    .then((list) => [...new Set(list)].sort());

describe('the fixture has what the task needs', () => {
  it('a PDET municipality with offers meant for PDET territories, and a G5 municipality an offer for G1 reaches', () => {
    expect(pdetPlace).toBeDefined();
    expect(g1Offer).toBeDefined();
    expect(g5Place).toBeDefined();
  });
});

describe.each(jsModes)('differentiated offer on a phone ($name)', ({ javaScriptEnabled }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await phoneContext(built.browser, javaScriptEnabled);
  });
  afterAll(() => context?.close());

  it('a PDET municipality sees the offers meant for territories like it, each saying why', async () => {
    const { page, errors } = await built.open(context, pathOf(pdetPlace));
    const region = section(page);
    await expect(region.isVisible()).resolves.toBe(true);
    const shown = await region
      .locator('.card h3 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
    expect(shown).toEqual(likeThis(pdetPlace.id));
    // Every offer meant for PDET territories that reaches it is there, and says so.
    const forPdet = offers.filter((o) => aimsAtPdet(o.focus) && shown.includes(o.href));
    expect(forPdet.length).toBeGreaterThan(0);
    for (const o of forPdet) {
      const card = region.locator('.card', { has: page.locator(`a[href="${o.href}"]`) });
      // textContent: the kicker is drawn in capitals by CSS.
      await expect(card.textContent()).resolves.toContain(
        o.focus.pdetSubregions?.length
          ? t('territory.fitPdetSubregion', { subregion: profileOf(pdetPlace.id)!.pdetSubregion! })
          : t('territory.fitPdet'),
      );
    }
    // The section comes before the general lists of offers by phase.
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.indexOf(t('territory.likeThis'))).toBeLessThan(
      headings.indexOf(t('territory.offersReaching', { name: pdetPlace.name })),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an offer aimed at G1 is not shown to a G5 municipality, but its department shows it with whom it is for', async () => {
    const { page, errors } = await built.open(context, pathOf(g5Place));
    expect(await hrefs(page)).not.toContain(g1Offer.href);
    // Nor on the territory's own whole lists (its offers, each phase's).
    const own = (await hrefs(page)).filter((h) => h.startsWith(pathOf(g5Place)) && h !== pathOf(g5Place));
    for (const href of own) {
      const { page: list } = await built.open(context, href);
      expect(await hrefs(list)).not.toContain(g1Offer.href);
      await list.close();
    }
    await page.close();
    // The department has no profile: the offer reaches it, on its page or one of its own lists, saying whom it is for.
    const department = places.find((p) => p.id === departmentCode(g5Place.id))!;
    const { page: deptPage } = await built.open(context, pathOf(department));
    const deptLists = (await hrefs(deptPage)).filter((h) => h.startsWith(pathOf(department)));
    const cardText = async (p: Page) => {
      const card = p.locator('li', { has: p.locator(`a[href="${g1Offer.href}"]`) }).first();
      return (await card.count()) ? card.textContent() : undefined;
    };
    let text = await cardText(deptPage);
    for (const href of deptLists) {
      if (text) break;
      const { page: list } = await built.open(context, href);
      text = await cardText(list);
      await list.close();
    }
    expect(text).toContain(t('offer.meantFor', { who: offerAudience(g1Offer.focus) }));
    expect(errors).toEqual([]);
    await deptPage.close();
  });

  it('an offer’s page says whom it is meant for', async () => {
    const { page } = await built.open(context, g1Offer.href);
    const details = page.locator('dl.facts', { hasText: t('offer.meantForLabel') });
    // The line stands alone there, so it starts with a capital.
    const who = offerAudience(g1Offer.focus);
    await expect(details.innerText()).resolves.toContain(who.charAt(0).toUpperCase() + who.slice(1));
    await page.close();
  });

  it('the catalogue’s capacity-group, category and PDET pages list the offers that name each value, as counted', async () => {
    const named = {
      'grupo-capacidades': (f: Focus, v: string) => Boolean(f.capacityGroups?.includes(v)),
      categoria: (f: Focus, v: string) => Boolean(f.categories?.includes(v)),
      pdet: (f: Focus) => aimsAtPdet(f),
    };
    const { page } = await built.open(context, '/oferta/');
    const valuesOf = (o: Focus, key: string) =>
      key === 'pdet'
        ? aimsAtPdet(o)
          ? [PDET_VALUE]
          : []
        : key === 'categoria'
          ? (o.categories ?? [])
          : (o.capacityGroups ?? []);
    const listed = (p: Page) =>
      p
        .locator('.catalogue-results .card h3 a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
    if (javaScriptEnabled) await page.getByText(t('catalogue.filtersToggle')).tap();
    for (const [key, names] of Object.entries(named)) {
      // Without JavaScript each value is a link; with it, the island turns it into a labelled checkbox.
      const options = await page.locator(`fieldset[data-facet="${key}"] li`).evaluateAll((lis) =>
        lis.map((li) => ({
          value: (li.querySelector('[data-value]') ?? li.querySelector('input'))!.getAttribute(
            li.querySelector('[data-value]') ? 'data-value' : 'value',
          )!,
          href: li.querySelector('a')?.getAttribute('href'),
          count: Number(li.querySelector('[data-count]')!.textContent!.replace(/\D/g, '')),
        })),
      );
      const values = new Set(offers.flatMap((o) => valuesOf(o.focus, key)));
      expect(options.map((o) => o.value).sort()).toEqual([...values].sort());
      for (const option of options) {
        const expected = offers
          .filter((o) => names(o.focus, option.value))
          .map((o) => o.href)
          .sort();
        expect(option.count).toBe(expected.length);
        if (javaScriptEnabled) {
          const fold = page.locator('details.facet-fold', { has: page.locator(`fieldset[data-facet="${key}"]`) });
          if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator('summary').tap();
          const box = page.locator(`fieldset[data-facet="${key}"] input[value="${option.value}"]`);
          await box.check();
          await expect
            .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
            .toBe(t('catalogue.count', { n: expected.length }));
          expect(await listed(page)).toEqual(expected);
          await box.uncheck();
        } else {
          expect(option.href).toBe(`/oferta/${key}/${option.value}/`);
          const { page: facetPage } = await built.open(context, option.href!);
          expect(await listed(facetPage)).toEqual(expected);
          await expect(facetPage.getByRole('status').textContent()).resolves.toBe(
            t('catalogue.count', { n: expected.length }),
          );
          await facetPage.close();
        }
      }
    }
    await page.close();
  });
});

describe('the changed pages meet WCAG 2.1 A/AA (axe-core)', () => {
  const paths = () => [
    pathOf(pdetPlace),
    pathOf(places.find((p) => p.id === departmentCode(g5Place.id))!),
    g1Offer.href,
    '/oferta/pdet/municipios-pdet/',
    '/oferta/grupo-capacidades/G5/',
  ];
  it('each of them', async () => {
    const context = await phoneContext(built.browser, true);
    for (const path of paths()) {
      const { page, status } = await built.open(context, path);
      expect(status).toBe(200);
      const violations = await axeViolations(page);
      expect(violations, formatViolations(path, violations)).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});
