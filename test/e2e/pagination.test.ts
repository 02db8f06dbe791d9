/**
 * Long lists, on a site built from a corpus large enough to need pages (the test site's content plus
 * 200 generated entries and 48 needs, made by the benchmark's generator): the pager without JavaScript,
 * summary pages leading to their whole lists, and the catalogue island showing more offers
 * a page at a time. The expected entries are read from the corpus files, not from the site.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { writeNeeds } from '../../scripts/bench/needs-corpus.ts';
import { buildContentTree } from '../../scripts/build-content-tree.ts';
import { PAGE_SIZE, PREVIEW_SIZE, pageHref } from '../../src/core/pagination.ts';
import { focusReaches, hasDifferentialFocus, type Focus } from '../../src/core/places.ts';
import { t } from '../../src/i18n/index.ts';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/built-site.ts';
import { fixtureContentDir } from '../helpers/fixture-content.ts';
import { BUILD_DATE } from './global-setup.ts';
import type { ProfileValues } from '../../src/schemas/territory-profile.ts';

const root = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'rt-paged-'));
const content = join(temp, 'content');
const out = join(temp, 'dist');

/** Jornadas held month after month in 2024–2025, all past by the build day, from a demo one. */
function writePastEvents(n: number) {
  const source = readFileSync(join(content, 'events/jornada-rendicion-de-cuentas-pasto-2026.mdx'), 'utf8');
  for (let i = 1; i <= n; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const year = 2024 + Math.floor(i / 12);
    const text = source
      .replace(/^title: .*$/m, `title: Jornada de réplica número ${i}`)
      .replace(/^starts: .*$/m, `starts: "${year}-${month}-10 08:00"`)
      .replace(/^ends: .*$/m, `ends: "${year}-${month}-10 16:00"`)
      .replace(/^publishedAt: .*$/m, `publishedAt: ${year}-${month}-01`)
      .replace(/^lastReviewed: .*$/m, `lastReviewed: ${year}-${month}-20`);
    writeFileSync(join(content, `events/jornada-replica-${i}.mdx`), text);
  }
}

beforeAll(() => {
  writeCorpus(fixtureContentDir, content, 200);
  writeNeeds(fixtureContentDir, content, 2 * PAGE_SIZE);
  writePastEvents(PAGE_SIZE);
  // Vitest sets NODE_ENV=test, which would give Astro a development build.
  buildContentTree(root, content, out, { BUILD_DATE, NODE_ENV: 'production' });
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const built = useBuiltSite(() => out);

/** Published entries of a collection in the corpus, with their front matter. */
function corpus(collection: string) {
  const dir = join(content, collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return {
        id: f.replace(/\.mdx$/, ''),
        data: parse(text.slice(4, text.indexOf('\n---', 4))) as Record<string, unknown>,
      };
    })
    .filter((e) => e.data.status === 'published');
}

const pager = (page: Page) => page.getByRole('navigation', { name: 'Páginas de la lista' });
const cardLinks = (page: Page) =>
  page
    .locator('main ul.cards > li.card h2 a, main ul.cards > li.card h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/**
 * Clicks a link and waits until the page it leads to is quiet, so the next click does not cut a
 * request short (the browser asks for the favicon after the load event).
 */
async function follow(page: Page, link: Locator) {
  const href = new URL((await link.getAttribute('href'))!, page.url()).href;
  await page.waitForLoadState('networkidle');
  await link.click();
  await page.waitForURL(href, { waitUntil: 'networkidle' });
}

/** Follows «Siguiente» to the last page, collecting every card's address. */
async function walk(page: Page): Promise<string[]> {
  const seen = [...(await cardLinks(page))];
  while ((await pager(page).getByRole('link', { name: 'Siguiente' }).count()) > 0) {
    await follow(page, pager(page).getByRole('link', { name: 'Siguiente' }));
    seen.push(...(await cardLinks(page)));
  }
  return seen;
}

describe('a long list without JavaScript', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await built.browser.newContext({ javaScriptEnabled: false, locale: 'es-CO' });
  });
  afterAll(() => context?.close());

  it('walks from /practicas/ to page 2 and back through the pager, and its pages hold every practice once', async () => {
    const practices = corpus('practices');
    const last = Math.ceil(practices.length / PAGE_SIZE);
    expect(last).toBeGreaterThanOrEqual(3);
    const { page, errors } = await built.open(context, '/practicas/');
    expect(await pager(page).getByText(`Página 1 de ${last}`).count()).toBe(1);
    expect(await pager(page).getByRole('link', { name: 'Página 1', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await pager(page).getByRole('link', { name: 'Anterior' }).count()).toBe(0);
    const first = await cardLinks(page);
    expect(first).toHaveLength(PAGE_SIZE);

    await follow(page, pager(page).getByRole('link', { name: 'Siguiente' }));
    expect(new URL(page.url()).pathname).toBe('/practicas/pagina/2/');
    expect(await page.title()).toMatch(new RegExp(`^Buenas prácticas \\(página 2 de ${last}\\) · `));
    expect(await pager(page).getByRole('link', { name: 'Página 2', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(
      await pager(page).getByRole('link', { name: 'Página 1', exact: true }).getAttribute('aria-current'),
    ).toBeNull();
    const second = await cardLinks(page);
    expect(second).toHaveLength(PAGE_SIZE);
    expect(second.filter((href) => first.includes(href))).toEqual([]);

    await follow(page, pager(page).getByRole('link', { name: 'Anterior' }));
    expect(new URL(page.url()).pathname).toBe('/practicas/');
    expect(await cardLinks(page)).toEqual(first);

    const all = await walk(page);
    expect(new URL(page.url()).pathname).toBe(`/practicas/pagina/${last}/`);
    expect(all.toSorted()).toEqual(practices.map((p) => `/practicas/${p.id}/`).toSorted());
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('walks the identified needs page by page: every need once, the counts of the whole list on each page', async () => {
    const needs = corpus('needs');
    const last = Math.ceil(needs.length / PAGE_SIZE);
    expect(last).toBeGreaterThanOrEqual(3);
    const { page, errors } = await built.open(context, '/demanda/');
    expect(await pager(page).getByText(`Página 1 de ${last}`).count()).toBe(1);
    const total = async () => Number((await page.locator('[data-total]').getAttribute('data-total')) ?? 0);
    expect(await total()).toBe(needs.length);
    expect(await page.locator('[data-demand-table]').count()).toBe(1);
    await follow(page, pager(page).getByRole('link', { name: 'Siguiente' }));
    expect(new URL(page.url()).pathname).toBe('/demanda/pagina/2/');
    expect(await total()).toBe(needs.length);
    expect(await page.locator('[data-demand-table]').count()).toBe(0);
    await follow(page, pager(page).getByRole('link', { name: 'Anterior' }));
    const all = await walk(page);
    expect(all.toSorted()).toEqual(needs.map((n) => `/demanda/${n.id}/`).toSorted());
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('a theme page shows a few practices and «Ver las N» leads to all of that theme’s practices, paged', async () => {
    const practices = corpus('practices');
    const ofTheme = (id: string) =>
      practices.filter((p) => (p.data.themes as string[]).includes(id)).map((p) => `/practicas/${p.id}/`);
    const themes = readdirSync(join(content, 'taxonomies/themes')).map((f) => f.replace(/\.yaml$/, ''));
    const theme = themes.toSorted((a, b) => ofTheme(b).length - ofTheme(a).length)[0]!;
    const themeName = (
      parse(readFileSync(join(content, 'taxonomies/themes', `${theme}.yaml`), 'utf8')) as { name: string }
    ).name;
    const expected = ofTheme(theme);
    expect(expected.length).toBeGreaterThan(PREVIEW_SIZE);
    const { page, errors } = await built.open(context, `/temas/${theme}/`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Buenas prácticas', level: 2 }) });
    expect(await section.locator('li.card').count()).toBe(PREVIEW_SIZE);
    await follow(page, section.getByRole('link', { name: `Ver las ${expected.length} buenas prácticas` }));
    expect(new URL(page.url()).pathname).toBe(`/temas/${theme}/practicas/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Buenas prácticas · ${themeName}`);
    expect((await walk(page)).toSorted()).toEqual(expected.toSorted());
    expect(new URL(page.url()).pathname).toBe(
      pageHref(`/temas/${theme}/practicas/`, Math.ceil(expected.length / PAGE_SIZE)),
    );
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('a municipality page lists the offers aimed at it, paged, and links the national ones once, in the catalogue', async () => {
    const regionOf = (dept: string) =>
      (parse(readFileSync(join(content, 'taxonomies/territories', `${dept}.yaml`), 'utf8')) as { region?: string })
        .region;
    const quibdo = parse(readFileSync(join(content, 'taxonomies/territories', '27001.yaml'), 'utf8')) as ProfileValues;
    const offers = corpus('offers').map((o) => {
      const f = o.data.territorialFocus as Omit<Focus, 'regions' | 'territories'> & {
        regions?: string[];
        territories?: string[];
      };
      return {
        href: `/oferta/${o.id}/`,
        focus: {
          ...f,
          regions: (f.regions ?? []).map((id) => ({ id })),
          territories: (f.territories ?? []).map((id) => ({ id })),
        },
      };
    });
    // National offers aimed at a profile reach only its places: they count among the aimed ones.
    const open = (o: (typeof offers)[number]) => o.focus.scope === 'nacional' && !hasDifferentialFocus(o.focus);
    const national = offers.filter(open);
    const aimed = offers.filter((o) => !open(o) && focusReaches(o.focus, '27001', regionOf, quibdo)).map((o) => o.href);
    expect(national.length).toBeGreaterThan(0);
    expect(aimed.length).toBeGreaterThan(PREVIEW_SIZE);

    const { page, errors } = await built.open(context, '/territorio/27001-quibdo/');
    const toNational = page.getByRole('link', { name: t('territory.nationalOffers', { n: national.length }) });
    expect(await toNational.getAttribute('href')).toBe('/oferta/alcance/nacional/');
    await follow(page, page.getByRole('link', { name: t('territory.moreAimed', { n: aimed.length }) }));
    expect(new URL(page.url()).pathname).toBe('/territorio/27001-quibdo/oferta/');
    expect((await walk(page)).toSorted()).toEqual(aimed.toSorted());
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

describe('past jornadas', () => {
  it('the jornadas page shows the most recent past ones and links all of them, paged', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false, locale: 'es-CO' });
    const { page, errors } = await built.open(context, '/formacion/jornadas/');
    const past = page.locator('section', { has: page.getByRole('heading', { name: 'Jornadas realizadas', level: 2 }) });
    expect(await past.locator('li.card').count()).toBe(PREVIEW_SIZE);
    const link = past.getByRole('link', { name: /^Ver las \d+ jornadas realizadas$/ });
    const n = Number((await link.textContent())!.replace(/\D/g, ''));
    expect(n).toBeGreaterThan(PAGE_SIZE);
    await follow(page, link);
    expect(new URL(page.url()).pathname).toBe('/formacion/jornadas/realizadas/');
    const all = await walk(page);
    expect(all).toHaveLength(n);
    expect(all.filter((href) => href.startsWith('/formacion/jornadas/jornada-replica-'))).toHaveLength(PAGE_SIZE);
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });
});

describe('the catalogue island on a long catalogue', () => {
  it('lists the first page from the server, then shows more offers a page at a time as it filters', async () => {
    const offers = corpus('offers');
    const context = await built.browser.newContext({ locale: 'es-CO' });
    const { page, errors } = await built.open(context, '/oferta/');
    expect(await cardLinks(page)).toHaveLength(PAGE_SIZE);
    expect(await pager(page).isVisible()).toBe(true);

    const virtual = offers.filter((o) => o.data.modality === 'virtual').map((o) => `/oferta/${o.id}/`);
    expect(virtual.length).toBeGreaterThan(PAGE_SIZE);
    expect(virtual.length).toBeLessThan(offers.length);
    const box = page.getByRole('group', { name: 'Modalidad' }).getByRole('checkbox', { name: /^Virtual \(/ });
    await box.check();
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
      .toBe(`${virtual.length} ofertas`);
    expect(await cardLinks(page)).toHaveLength(PAGE_SIZE);
    expect(await pager(page).isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.getAll('modalidad')).toEqual(['virtual']);

    await page.getByRole('button', { name: 'Mostrar más ofertas' }).click();
    const shown = await cardLinks(page);
    expect(shown).toHaveLength(Math.min(2 * PAGE_SIZE, virtual.length));
    // Focus moves to the first offer added, so keyboard users carry on from there.
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname)).toBe(
      shown[PAGE_SIZE],
    );
    while (await page.getByRole('button', { name: 'Mostrar más ofertas' }).isVisible())
      await page.getByRole('button', { name: 'Mostrar más ofertas' }).click();
    expect((await cardLinks(page)).toSorted()).toEqual(virtual.toSorted());

    await page.goBack();
    await expect.poll(() => cardLinks(page).then((l) => l.length)).toBe(PAGE_SIZE);
    expect(await page.getByRole('status').textContent()).toBe(`${offers.length} ofertas`);
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });
});

describe('axe-core on paged lists', () => {
  it.each([
    '/practicas/pagina/2/',
    '/formacion/jornadas/realizadas/pagina/2/',
    '/oferta/pagina/2/',
    '/oferta/modalidad/virtual/pagina/2/',
    '/territorio/27001-quibdo/oferta/',
  ])('%s', async (path) => {
    const page = await built.browser.newPage();
    const response = await page.goto(built.url + path);
    expect(response?.status()).toBe(200);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations, formatViolations(path, violations)).toEqual([]);
  });
});
