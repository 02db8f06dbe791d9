/**
 * Issue 18, the rest of «a PDET municipality's page» (USERS.md, task 1): a planning secretary
 * of a small PDET municipality opens its page on a phone, with JavaScript on and off, and finds
 * the needs identified there with their status (the same the need's own page computes), the way
 * to the department's identified demand, and «prácticas de municipios como este»: the practices
 * of the other municipalities of its PDET subregion first, each saying why it is listed. A
 * department lists the needs of all its municipalities. Every expected set comes from the
 * fixture's files (test/fixtures/site/content); the pages are axe-core clean.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { territorySlug } from '../../../src/core/places.ts';
import { t } from '../../../src/i18n/index.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { axeViolations, formatViolations } from '../../helpers/axe.ts';
import { jsModes, phoneContext, tapLink } from '../../helpers/reader-phone.ts';
import { published, terms } from './territory-content.ts';

const built = useBuiltSite();

interface Place {
  id: string;
  name: string;
  kind: string;
  pdetSubregion?: string;
  category?: string;
  capacityGroup?: string;
}
const TRAITS = ['pdetSubregion', 'capacityGroup', 'category'] as const;
const places = terms('territories') as unknown as Place[];
const placeOf = (code: string) => places.find((p) => p.id === code);
const pathOf = (p: Place) => `/territorio/${territorySlug({ code: p.id, name: p.name })}/`;
const departmentOf = (code: string) => placeOf(code.slice(0, 2))!;

const practices = published('practices');
const needs = published('needs');
/** The places some entry names: they have a page. */
const withPage = new Set([
  ...['practices', 'lessons', 'agendas', 'plans'].flatMap((c) =>
    published(c).flatMap((e) => [...(e.data.territories ?? []), ...((e.data.adoptedBy as string[]) ?? [])]),
  ),
  ...published('offers').flatMap((o) => (o.data.territorialFocus as { territories?: string[] }).territories ?? []),
]);

const needsNaming = (code: string) =>
  needs.filter((n) =>
    (n.data.territories ?? []).some((c) => c === code || (code.length === 2 && c.slice(0, 2) === code)),
  );
/** The practices of other municipalities that share a trait with `place`, and which traits. */
function alikeOf(place: Place) {
  return practices
    .filter((p) => !(p.data.territories ?? []).includes(place.id))
    .map((p) => ({
      id: p.id,
      shared: new Set(
        (p.data.territories ?? []).flatMap((code) =>
          TRAITS.filter((trait) => place[trait] && placeOf(code)?.[trait] === place[trait]),
        ),
      ),
    }))
    .filter((p) => p.shared.size > 0);
}

// The secretary's municipality: PDET, with a page, with needs, and a neighbour of its subregion with a practice.
const here = places.find(
  (p) =>
    p.kind === 'municipio' &&
    p.pdetSubregion &&
    withPage.has(p.id) &&
    needsNaming(p.id).length > 0 &&
    alikeOf(p).some((a) => a.shared.has('pdetSubregion')),
)!;
const alike = alikeOf(here);
const sameSubregion = alike.filter((a) => a.shared.has('pdetSubregion')).map((a) => `/practicas/${a.id}/`);
const hereNeeds = needsNaming(here.id).map((n) => `/demanda/${n.id}/`);
const department = departmentOf(here.id);
const departmentNeeds = needsNaming(department.id).map((n) => `/demanda/${n.id}/`);
const PREVIEW = 5;

const alikeRegion = (page: Page) => page.getByRole('region', { name: t('territory.alikeTitle') });
const needsRegion = (page: Page, name: string) =>
  page.getByRole('region', { name: t('territory.needsTitle', { name }) });
const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('the fixture has what the task needs', () => {
  it('a PDET municipality with needs, and a practice of its subregion elsewhere', () => {
    expect(here).toBeDefined();
    expect(sameSubregion.length).toBeGreaterThan(0);
    expect(hereNeeds.length).toBeGreaterThan(0);
    expect(departmentNeeds.length).toBeGreaterThan(hereNeeds.length);
  });
});

describe.each(jsModes)('a PDET municipality’s page on a phone ($name)', ({ javaScriptEnabled }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await phoneContext(built.browser, javaScriptEnabled);
  });
  afterAll(() => context?.close());

  it('shows the practices of its PDET subregion first, each saying why, and none of its own', async () => {
    const { page, errors } = await built.open(context, pathOf(here));
    const region = alikeRegion(page);
    await expect(region.isVisible()).resolves.toBe(true);
    const cards = region.locator('.card');
    const shown = await hrefs(page, '.alike-practices .card h3 a');
    expect(shown.length).toBe(Math.min(alike.length, PREVIEW));
    // The subregion outweighs the other traits: its practices open the list.
    const first = Math.min(sameSubregion.length, PREVIEW);
    expect(shown.slice(0, first).sort()).toEqual(sameSubregion.slice(0, first).sort());
    const reason = t('related.alikeSubregion', { value: here.pdetSubregion! });
    for (let i = 0; i < first; i++)
      await expect(cards.nth(i).locator('.alike-why').innerText()).resolves.toContain(reason);
    // Every card is a practice of another municipality that shares a trait, and says which.
    const alikeIds = new Set(alike.map((a) => `/practicas/${a.id}/`));
    for (const href of shown) expect(alikeIds.has(href), href).toBe(true);
    for (let i = 0; i < shown.length; i++)
      await expect(cards.nth(i).locator('.alike-why').innerText()).resolves.toMatch(
        /Mism[ao] (subregión PDET|grupo de capacidades|categoría):/,
      );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the needs identified there with the status their own pages give, and leads to the department’s demand', async () => {
    const { page } = await built.open(context, pathOf(here));
    const region = needsRegion(page, here.name);
    await expect(region.isVisible()).resolves.toBe(true);
    const listed = await hrefs(page, '.territory-needs .need-list a');
    expect(listed.length).toBe(Math.min(hereNeeds.length, PREVIEW));
    for (const href of listed) expect(hereNeeds).toContain(href);
    const statuses = await region
      .locator('[data-need-status]')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.needStatus!));
    for (const [i, href] of listed.entries()) {
      const need = await context.newPage();
      await need.goto(built.url + href);
      await expect(need.locator('.need-status').getAttribute('data-need-status'), href).resolves.toBe(statuses[i]);
      await need.close();
    }
    await tapLink(page, region.getByRole('link', { name: /en la demanda identificada/ }));
    expect(new URL(page.url()).pathname).toBe(`/demanda/departamento/${department.id}/`);
    const onDemand = await hrefs(page, '.demand-results .card h3 a');
    expect(onDemand.sort()).toEqual([...departmentNeeds].sort());
    await page.close();
  });

  it('a department lists the needs of all its municipalities and has no «como este» (it has no profile)', async () => {
    const { page } = await built.open(context, pathOf(department));
    await expect(needsRegion(page, department.name).isVisible()).resolves.toBe(true);
    const listed = await hrefs(page, '.territory-needs .need-list a');
    expect(listed.length).toBe(Math.min(departmentNeeds.length, PREVIEW));
    for (const href of listed) expect(departmentNeeds).toContain(href);
    await expect(alikeRegion(page).count()).resolves.toBe(0);
    await page.close();
  });
});

describe('the territory pages with these sections meet WCAG 2.1 A/AA (axe-core)', () => {
  it.each([
    ['municipality', here],
    ['department', department],
  ] as const)('%s', async (_kind, place) => {
    const context = await phoneContext(built.browser, true);
    const { page, status } = await built.open(context, pathOf(place));
    expect(status).toBe(200);
    const violations = await axeViolations(page);
    expect(violations, formatViolations(pathOf(place), violations)).toEqual([]);
    await context.close();
  });
});
