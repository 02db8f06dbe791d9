/**
 * USERS.md task 1, as the reader does it: a planning secretary of a small municipality in
 * Chocó, on a phone, prepares the municipality's rendición de cuentas. She types
 * «rendicion de cuentas» without accents, finds the practices and lessons about it, narrows
 * them to Chocó, and opens the national offer that helps to see exactly how to ask for it.
 * Without JavaScript the search page still leads her to the lists.
 *
 * What she should find is read from the content's front matter (entries in the phase
 * «Rendición de cuentas», places in Chocó, offers that reach it), not from a list of addresses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { contentDir } from '../../../src/core/content-dir.ts';
import { collectionHref, entryHref } from '../../../src/core/urls.ts';
import { collections, entryId } from '../../../src/schemas/index.ts';
import { phoneContext } from '../../helpers/reader-phone.ts';

const content = contentDir(join(import.meta.dirname, '../../..'));
const QUERY = 'rendicion de cuentas';
const DEPARTMENT = 'Chocó';
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

type Data = Record<string, unknown> & { status?: string; phases?: string[]; territories?: string[] };
const yamlOf = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
function entries(collection: 'practices' | 'lessons' | 'offers') {
  const dir = join(content, collections[collection].folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return {
        collection,
        href: entryHref(collection, entryId(f)),
        data: parse(text.slice(4, text.indexOf('\n---', 4))) as Data,
      };
    })
    .filter((e) => e.data.status === 'published');
}
/** The term of a taxonomy whose name is `name`, read from its folder. */
function termId(taxonomy: 'phases' | 'territories', matches: (data: Record<string, unknown>) => boolean) {
  const dir = join(content, collections[taxonomy].folder);
  const file = readdirSync(dir).find((f) => matches(yamlOf(join(dir, f))));
  if (!file) throw new Error(`No term in ${dir}`);
  return entryId(file);
}

// The phase the reader's words name, and the department she works in.
const phase = termId('phases', (d) => fold(String(d.name)) === QUERY);
const department = termId('territories', (d) => d.name === DEPARTMENT && d.kind === 'departamento');
const region = String(yamlOf(join(content, collections.territories.folder, `${department}.yaml`)).region);
const inDepartment = (codes: string[] = []) => codes.some((code) => String(code).startsWith(department));

const about = [...entries('practices'), ...entries('lessons')].filter((e) => e.data.phases?.includes(phase));
const aboutHere = about.filter((e) => inDepartment(e.data.territories));
const placesOf = (e: { href: string }) =>
  [...entries('practices'), ...entries('lessons')].find((x) => x.href === e.href)?.data.territories;
/** Offers in the phase that reach the department: national, through its region, or naming its places. */
const helpingOffers = entries('offers').filter((o) => {
  const focus = o.data.territorialFocus as { scope: string; regions?: string[]; territories?: string[] };
  const reaches = focus.scope === 'nacional' || focus.regions?.includes(region) || inDepartment(focus.territories);
  return o.data.phases?.includes(phase) && reaches;
});

const built = useBuiltSite();
let phone: BrowserContext;
beforeAll(async () => {
  phone = await phoneContext(built.browser, true);
});
afterAll(() => phone?.close());

const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });
const status = (page: Page) => page.getByRole('status');

async function resultCount(page: Page) {
  await eventually(() => status(page).textContent()).toMatch(/^\d+ resultados?$/);
  return Number(/^\d+/.exec((await status(page).textContent())!)![0]);
}

/** Every result, tapping «Ver más resultados» until all show. */
async function allResults(page: Page) {
  const more = page.getByRole('button', { name: 'Ver más resultados' });
  while (await more.isVisible()) {
    const before = await page.locator('[data-results] li').count();
    await more.tap();
    await eventually(() => page.locator('[data-results] li').count()).toBeGreaterThan(before);
  }
  return page
    .locator('[data-results] h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The count an option of a filter shows, once it shows one. */
async function optionCount(page: Page, filter: string, option: string) {
  const select = page.getByRole('combobox', { name: filter });
  const pattern = new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\((\\d+)\\)$`);
  await eventually(async () => (await select.locator('option').allTextContents()).some((t) => pattern.test(t))).toBe(
    true,
  );
  const text = (await select.locator('option').allTextContents()).find((t) => pattern.test(t))!;
  return Number(pattern.exec(text)![1]);
}

describe('task 1: a Chocó planning secretary prepares the rendición de cuentas, on a phone', () => {
  it('the content holds what the task needs', () => {
    expect(about.some((e) => e.collection === 'practices')).toBe(true);
    expect(about.some((e) => e.collection === 'lessons')).toBe(true);
    expect(aboutHere.length).toBeGreaterThan(0);
    expect(helpingOffers.length).toBeGreaterThan(0);
  });

  it('with JavaScript: finds the practices and lessons, narrows them to Chocó with honest counts, and learns how to ask for the offer', async () => {
    const { page, errors } = await built.open(phone, '/buscar/');
    await page.getByRole('searchbox', { name: 'Qué busca' }).fill(QUERY);
    await page.getByRole('button', { name: 'Buscar', exact: true }).tap();
    const total = await resultCount(page);
    const found = await allResults(page);
    expect(found).toHaveLength(total);
    expect(found).toEqual(expect.arrayContaining(about.map((e) => e.href)));

    // The type filter tells her how many of each there are, and they add up to the results.
    const practices = await optionCount(page, 'Tipo de contenido', collections.practices.labelSingular);
    const lessons = await optionCount(page, 'Tipo de contenido', collections.lessons.labelSingular);
    expect(practices).toBe(found.filter((p) => p.startsWith(collectionHref('practices'))).length);
    expect(lessons).toBe(found.filter((p) => p.startsWith(collectionHref('lessons'))).length);

    // «Chocó (n)» promises n results; choosing it gives them, all about her department.
    const promised = await optionCount(page, 'Departamento', DEPARTMENT);
    expect(promised).toBeGreaterThan(0);
    await page.getByRole('combobox', { name: 'Departamento' }).selectOption(DEPARTMENT);
    await eventually(() => page.url()).toContain('departamento=');
    await eventually(
      async () => (await status(page).textContent()) === `${promised} resultado${promised === 1 ? '' : 's'}`,
    ).toBe(true);
    const here = await allResults(page);
    expect(here).toHaveLength(promised);
    expect(here).toEqual(expect.arrayContaining(aboutHere.map((e) => e.href)));
    const ownEntries = here.filter(
      (p) => p.startsWith(collectionHref('practices')) || p.startsWith(collectionHref('lessons')),
    );
    for (const href of ownEntries) expect(inDepartment(placesOf({ href })), href).toBe(true);

    // The offer that helps is among them; she opens it and reads how to ask for it, step by step.
    const offer = helpingOffers.find((o) => here.includes(o.href));
    expect(offer, 'an offer in the phase that reaches Chocó is among the results').toBeDefined();
    await page.locator(`[data-results] a[href="${offer!.href}"]`).tap();
    await page.waitForURL((url) => url.pathname === offer!.href);
    const howTo = page.getByRole('region', { name: 'Cómo solicitar esta oferta' });
    expect(await howTo.isVisible()).toBe(true);
    const steps = String((offer!.data.howToRequest as { steps: string }).steps)
      .split('\n')
      .map((line) => line.replace(/^\s*\d+[.)]\s*/, '').trim())
      .filter(Boolean);
    expect(steps.length).toBeGreaterThan(1);
    const shown = ((await howTo.textContent()) ?? '').replace(/\s+/g, ' ');
    for (const step of steps) expect(shown, step).toContain(step.replace(/\s+/g, ' '));
    expect(errors).toEqual([]);
  }, 120_000);

  it('without JavaScript: the search page leads to the lists of practices, lessons and offers', async () => {
    const noJs = await phoneContext(built.browser, false);
    const { page } = await built.open(noJs, '/buscar/');
    const listings = page.getByRole('navigation', { name: 'Listados del portal' });
    expect(await listings.isVisible()).toBe(true);
    for (const collection of ['practices', 'lessons', 'offers'] as const) {
      const link = listings.locator(`a[href="${collectionHref(collection)}"]`);
      expect(await link.isVisible(), collection).toBe(true);
      await link.tap();
      await page.waitForURL((url) => url.pathname === collectionHref(collection));
      // The list holds the entries about her task (the first page of it at least one).
      const wanted = about.filter((e) => e.collection === collection).map((e) => e.href);
      const listed = await page
        .locator('main a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      if (collection === 'offers')
        expect(
          listed.some((href) => helpingOffers.some((o) => o.href === href)),
          collection,
        ).toBe(true);
      else
        expect(
          listed.some((href) => wanted.includes(href)),
          collection,
        ).toBe(true);
      await page.goBack();
    }
    await noJs.close();
  });
});
