/**
 * Site search in a real browser: Spanish queries with and without accents, singular and
 * plural, ñ; filters; the URL as the state of a search; back and forward; nothing of the
 * index downloaded before the reader searches; and a page that explains itself without JS.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';

/** Pagefind loads its WebAssembly and index on first use: allow for a busy machine. */
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const built = useBuiltSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await built.browser.newContext({ locale: 'es-CO' });
});
afterAll(() => context?.close());

async function openSearch(query = '') {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${built.url}/buscar/${query}`);
  return { page, errors, requests };
}

const status = (page: Page) => page.getByRole('status');
const resultLinks = (page: Page) => page.locator('[data-results] h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Types a query and submits it, then waits for the result count. */
async function search(page: Page, query: string) {
  await page.getByRole('searchbox', { name: 'Qué busca' }).fill(query);
  await page.getByRole('button', { name: 'Buscar', exact: true }).click();
  await eventually(() => status(page).textContent()).toMatch(/resultado|No encontramos/);
}

/** Every result of a search, paging through «Ver más resultados». */
async function allResults(page: Page) {
  const more = page.getByRole('button', { name: 'Ver más resultados' });
  while (await more.isVisible()) {
    const before = await page.locator('[data-results] li').count();
    await more.click();
    await eventually(() => page.locator('[data-results] li').count()).toBeGreaterThan(before);
  }
  return (await resultLinks(page)).sort();
}

describe('search (/buscar)', () => {
  it('downloads nothing of the search until the reader uses it', async () => {
    const { page, requests, errors } = await openSearch();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await search(page, 'gestion');
    expect(requests.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks for what Pagefind needs first all at once, each file once, from the index name the build wrote into the page', async () => {
    const { page, requests, errors } = await openSearch();
    const index = await page.locator('[data-search]').getAttribute('data-pagefind-index');
    expect(index).toMatch(/^es_[0-9a-f]+$/);
    const first: string[] = [];
    page.on('request', (r) => first.length < 4 && first.push(new URL(r.url()).pathname));
    await search(page, 'gestion');
    // Before the script has run, the page already asked for the entry file, the WebAssembly and the metadata.
    expect(first.sort()).toEqual(['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', `/pagefind/pagefind.${index}.pf_meta`, '/pagefind/wasm.es.pagefind'].sort());
    for (const file of ['/pagefind/pagefind-entry.json', `/pagefind/pagefind.${index}.pf_meta`, '/pagefind/wasm.es.pagefind']) {
      expect(requests.filter((p) => p === file), file).toHaveLength(1);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['gestion', 'gestión', '/oferta/metodologia-gestion-del-riesgo-municipal/'],
    ['participacion', 'participación', '/practicas/presupuesto-participativo-tumaco/'],
    ['alcaldias', 'alcaldía', '/oferta/herramienta-seguimiento-pdet/'],
    ['ninez', 'niñez', '/practicas/mesas-de-ninez-y-juventud-riohacha/'],
    ['pequeno', 'pequeños', '/practicas/presupuesto-participativo-tumaco/'],
  ])('«%s» finds the same pages as «%s», including %s', async (plain, accented, expected) => {
    const { page, errors } = await openSearch();
    await search(page, plain);
    const withoutAccents = await allResults(page);
    await search(page, accented);
    const withAccents = await allResults(page);
    expect(withoutAccents).toContain(expected);
    expect(withoutAccents).toEqual(withAccents);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plural and singular meet: «alcaldía» finds a title that only says «alcaldías»', async () => {
    const { page } = await openSearch();
    await search(page, 'alcaldía');
    expect(await allResults(page)).toContain('/oferta/herramienta-seguimiento-pdet/');
    await page.close();
  });

  it('a result shows its type, its territory and a snippet with the match marked', async () => {
    const { page } = await openSearch();
    await search(page, 'itinerante Atrato');
    const first = page.locator('[data-results] li').first();
    expect(await first.locator('h3 a').getAttribute('href')).toBe('/practicas/rendicion-de-cuentas-itinerante-quibdo/');
    expect(await first.locator('.kicker').textContent()).toBe('Buena práctica');
    expect(await first.locator('.meta').textContent()).toContain('Quibdó');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('field labels are not searched: «madurez», a label on every practice, finds only the entry whose own text uses it', async () => {
    const { page } = await openSearch();
    await search(page, 'madurez');
    expect(await allResults(page)).toEqual(['/oferta/instrumento-esquemas-asociativos/']);
    await page.close();
  });

  it('two words and a filter: only accountability content in Chocó, and the filter is in the URL', async () => {
    const { page } = await openSearch();
    await search(page, 'rendicion cuentas');
    const everywhere = await allResults(page);
    expect(everywhere).toContain('/practicas/rendicion-de-cuentas-por-emisora-comunitaria-inza/');
    const before = await status(page).textContent();
    await page.getByRole('combobox', { name: 'Departamento' }).selectOption('Chocó');
    await eventually(() => page.url()).toContain('departamento=Choc%C3%B3');
    await eventually(() => status(page).textContent()).toMatch(/^\d+ resultados?$/);
    await eventually(() => status(page).textContent()).not.toBe(before);
    const inChoco = await allResults(page);
    expect(inChoco).toContain('/practicas/rendicion-de-cuentas-itinerante-quibdo/');
    expect(inChoco).not.toContain('/practicas/rendicion-de-cuentas-por-emisora-comunitaria-inza/');
    expect(inChoco.length).toBeLessThan(everywhere.length);
    await page.close();
  });

  it('a department finds what reaches it: its own entries, its region’s offers and national offers, with the count its option shows', async () => {
    const { page } = await openSearch();
    const department = page.getByRole('combobox', { name: 'Departamento' });
    await department.selectOption('Chocó');
    await eventually(() => status(page).textContent()).toMatch(/^\d+ resultados?$/);
    const inChoco = await allResults(page);
    expect(inChoco).toContain('/practicas/rendicion-de-cuentas-itinerante-quibdo/');
    expect(inChoco).toContain('/oferta/cooperacion-adaptacion-cambio-climatico/'); // regional: Pacífico
    expect(inChoco).toContain('/oferta/asistencia-formulacion-plan-de-desarrollo/'); // national
    expect(await department.locator('option:checked').textContent()).toBe(`Chocó (${inChoco.length})`);
    await page.close();
  });

  it('a filter alone lists its pages: every published offer under «Oferta»', async () => {
    const { page } = await openSearch();
    await page.getByRole('combobox', { name: 'Tipo de contenido' }).selectOption('Oferta');
    await eventually(() => status(page).textContent()).toBe('15 resultados');
    expect((await allResults(page)).every((p) => p.startsWith('/oferta/'))).toBe(true);
    await page.close();
  });

  it('a shared address opens with its results, and back and forward walk the searches', async () => {
    const { page, errors } = await openSearch('?q=ninez');
    await eventually(() => resultLinks(page)).toContain('/practicas/mesas-de-ninez-y-juventud-riohacha/');
    expect(await page.getByRole('searchbox', { name: 'Qué busca' }).inputValue()).toBe('ninez');
    await eventually(() => status(page).textContent()).toMatch(/resultados?$/);
    const all = await status(page).textContent();

    await page.getByRole('combobox', { name: 'Tipo de contenido' }).selectOption('Buena práctica');
    await eventually(() => page.url()).toContain('tipo=Buena+pr%C3%A1ctica');
    await eventually(() => status(page).textContent()).not.toBe(all);
    // «Buscando…» shows while the new results load; capture the settled count.
    await eventually(() => status(page).textContent()).toMatch(/resultados?$/);
    const practicesOnly = await status(page).textContent();

    await page.goBack();
    await eventually(() => page.url()).not.toContain('tipo=');
    await eventually(() => status(page).textContent()).toBe(all);
    expect(await page.getByRole('combobox', { name: 'Tipo de contenido' }).inputValue()).toBe('');

    await page.goForward();
    await eventually(() => status(page).textContent()).toBe(practicesOnly);
    expect(await page.getByRole('combobox', { name: 'Tipo de contenido' }).inputValue()).toBe('Buena práctica');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without JavaScript, says search needs it and links to the listings that work without it', async () => {
    const noJs = await built.browser.newContext({ javaScriptEnabled: false, locale: 'es-CO' });
    const page = await noJs.newPage();
    await page.goto(`${built.url}/buscar/`);
    expect(await page.getByText('La búsqueda necesita JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').count()).toBe(0);
    for (const [name, href] of [
      ['Catálogo de la oferta institucional, con filtros', '/oferta/'],
      ['Por territorio', '/territorio/'],
      ['Por tema', '/temas/'],
      ['Por momento del ciclo de la gestión', '/ciclo/'],
    ]) {
      expect(await page.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
    }
    await noJs.close();
  });
});
