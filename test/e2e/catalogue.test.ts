/**
 * The offer catalogue in a real browser: instant filters whose counts stay right as they
 * combine, the URL as their state, back and forward; without JavaScript, the same catalogue
 * walked through its facet pages. And the related content an entry page shows.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { t } from '../../src/i18n/index.ts';

/** Pagefind loads its WebAssembly and index on first use: allow for a busy machine. */
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const built = useBuiltSite();

const shown = (page: Page) =>
  page
    .locator('.catalogue-results .card:visible h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
const checkbox = (page: Page, facet: string, value: string) =>
  page.getByRole('group', { name: facet }).getByRole('checkbox', { name: new RegExp(`^${value} \\(`) });
/** The count a value shows beside its name, e.g. «Virtual (5)» → 5. */
const countOf = async (page: Page, facet: string, value: string) => {
  const id = await checkbox(page, facet, value).getAttribute('id');
  const text = await page.locator(`label[for="${id}"] [data-count]`).textContent();
  return Number(text!.replace(/\D/g, ''));
};

describe('offer catalogue with JavaScript', () => {
  it('combines filters: OR within a facet, AND across facets, with counts that follow', async () => {
    const context = await built.browser.newContext({ locale: 'es-CO' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${built.url}/oferta/`);
    expect(await page.getByRole('status').textContent()).toContain('15 ofertas');
    expect(await countOf(page, 'Tipo de oferta', 'Herramienta')).toBe(3);
    expect(await countOf(page, 'Modalidad', 'Mixta')).toBe(6);

    await checkbox(page, 'Tipo de oferta', 'Herramienta').check();
    // The first filter fetches the catalogue's data: the list follows once it has arrived.
    await eventually(() => shown(page).then((s) => s.length)).toBe(3);
    // Every tool is virtual: the modality counts now say so, and the other types keep theirs.
    expect(await countOf(page, 'Modalidad', 'Virtual')).toBe(3);
    expect(await countOf(page, 'Modalidad', 'Mixta')).toBe(0);
    expect(await countOf(page, 'Tipo de oferta', 'Instrumento')).toBe(2);

    await checkbox(page, 'Tipo de oferta', 'Instrumento').check();
    expect((await shown(page)).length).toBe(5);
    expect(await countOf(page, 'Entidad oferente', 'Departamento Nacional de Planeación')).toBe(2);

    await checkbox(page, 'Entidad oferente', 'Departamento Nacional de Planeación').check();
    expect(await shown(page)).toEqual([
      '/oferta/instrumento-esquemas-asociativos/',
      '/oferta/kit-de-planeacion-territorial/',
    ]);
    expect(await page.getByRole('status').textContent()).toBe('2 ofertas');
    const url = new URL(page.url());
    expect(url.searchParams.getAll('tipo')).toEqual(['herramienta', 'instrumento']);
    expect(url.searchParams.getAll('entidad')).toEqual(['dnp']);

    await page.goBack();
    await eventually(() => shown(page).then((s) => s.length)).toBe(5);
    expect(await checkbox(page, 'Entidad oferente', 'Departamento Nacional de Planeación').isChecked()).toBe(false);
    await page.goForward();
    await eventually(() => shown(page).then((s) => s.length)).toBe(2);

    // The text filter narrows further and needs no accents.
    await page.getByRole('searchbox', { name: 'Buscar en la oferta' }).fill('kit planeacion');
    expect(await shown(page)).toEqual(['/oferta/kit-de-planeacion-territorial/']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('kit planeacion');

    // A shared address restores the same selection.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await eventually(() => shown(shared)).toEqual(['/oferta/kit-de-planeacion-territorial/']);
    expect(await checkbox(shared, 'Tipo de oferta', 'Instrumento').isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    expect((await shown(page)).length).toBe(15);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('offer catalogue data', () => {
  it('is not downloaded until the reader uses a filter, then once', async () => {
    const context = await built.browser.newContext({ locale: 'es-CO' });
    const { page, errors } = await built.open(context, '/oferta/');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // The page is complete and usable without it: the first cards and the counts come from the server.
    expect(await page.locator('.catalogue-results .card').count()).toBe(15);
    expect(await countOf(page, 'Tipo de oferta', 'Herramienta')).toBe(3);
    await page.mouse.move(10, 10);
    await page.waitForTimeout(300);
    expect(fetched).not.toContain('/oferta/catalogo.json');

    await page.getByRole('searchbox', { name: 'Buscar en la oferta' }).focus();
    await eventually(() => fetched).toContain('/oferta/catalogo.json');
    await page.getByRole('searchbox', { name: 'Buscar en la oferta' }).fill('catastral multiproposito');
    await eventually(() => shown(page)).toEqual(['/oferta/catastro-multiproposito-municipal/']);
    await checkbox(page, 'Modalidad', 'Mixta').check();
    expect(fetched.filter((p) => p === '/oferta/catalogo.json')).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the same card markup as the server', async () => {
    const context = await built.browser.newContext({ locale: 'es-CO' });
    const { page } = await built.open(context, '/oferta/');
    const cards = () => page.locator('.catalogue-results ul.cards').evaluate((ul) => ul.outerHTML);
    const server = await cards();
    // Choosing and then clearing a filter leaves the island drawing the whole first page itself.
    await checkbox(page, 'Tipo de oferta', 'Herramienta').check();
    await eventually(() => shown(page).then((s) => s.length)).toBe(3);
    await page.getByRole('button', { name: 'Quitar filtros' }).click();
    await eventually(() => shown(page).then((s) => s.length)).toBe(15);
    expect(await cards()).toBe(server);
    await context.close();
  });

  it('when it cannot be loaded, says so and turns the filters back into links to their pages', async () => {
    const context = await built.browser.newContext({ locale: 'es-CO' });
    await context.route('**/oferta/catalogo.json', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${built.url}/oferta/`);
    // click(), not check(): the checkbox may be gone before Playwright could confirm it is checked.
    await checkbox(page, 'Tipo de oferta', 'Herramienta').click();
    await eventually(() => page.getByRole('status').textContent()).toBe(t('catalogue.failed'));
    const types = page.getByRole('group', { name: 'Tipo de oferta' });
    expect(await types.getByRole('checkbox').count()).toBe(0);
    expect(await types.getByRole('link', { name: /^Herramienta \(3\)$/ }).getAttribute('href')).toBe(
      '/oferta/tipo/herramienta/',
    );
    expect(await page.getByRole('searchbox', { name: 'Buscar en la oferta' }).isVisible()).toBe(false);
    // The server's first page of offers is still there.
    expect(await page.locator('.catalogue-results .card').count()).toBe(15);
    await context.close();
  });
});

describe('offer catalogue without JavaScript', () => {
  it('walks the catalogue by facet pages, down to an offer', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false, locale: 'es-CO' });
    const page = await context.newPage();
    await page.goto(`${built.url}/oferta/`);
    expect(await page.locator('.catalogue-results .card').count()).toBe(15);
    expect(await page.getByRole('checkbox').count()).toBe(0);

    await page.getByRole('group', { name: 'Tipo de oferta' }).getByRole('link', { name: 'Herramienta (3)' }).click();
    expect(new URL(page.url()).pathname).toBe('/oferta/tipo/herramienta/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Herramienta');
    expect(await shown(page)).toEqual([
      '/oferta/herramienta-seguimiento-pdet/',
      '/oferta/kit-de-planeacion-territorial/',
      '/oferta/ventanilla-unica-de-tramites-en-linea/',
    ]);

    // From a facet page, another facet's value narrows it: the page of both, with counts for it.
    await page.getByRole('group', { name: 'Modalidad' }).getByRole('link', { name: 'Virtual (3)' }).click();
    expect(new URL(page.url()).pathname).toBe('/oferta/tipo/herramienta/modalidad/virtual/');
    expect((await shown(page)).length).toBe(3);
    await page.getByRole('link', { name: 'Quitar «Herramienta»' }).click();
    expect(new URL(page.url()).pathname).toBe('/oferta/modalidad/virtual/');

    // Entities are many: their pages offer the other entities, one at a time.
    await page.goto(`${built.url}/oferta/`);
    await page
      .getByRole('group', { name: 'Entidad oferente' })
      .getByRole('link', { name: /^Departamento Nacional de Planeación/ })
      .click();
    expect(new URL(page.url()).pathname).toBe('/oferta/entidad/dnp/');
    expect((await shown(page)).length).toBe(3);

    await page.getByRole('link', { name: 'Kit de Planeación Territorial' }).click();
    expect(new URL(page.url()).pathname).toBe('/oferta/kit-de-planeacion-territorial/');
    expect(await page.getByRole('heading', { name: 'Cómo solicitar esta oferta' }).count()).toBe(1);
    await context.close();
  });
});

describe('related content', () => {
  it('a practice shows the lesson, offer and practice closest to it', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${built.url}/practicas/rendicion-de-cuentas-itinerante-quibdo/`);
    const related = page.getByRole('region', { name: 'Contenido relacionado' });
    const links = await related
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toHaveLength(5);
    expect(links.slice(0, 3).sort()).toEqual([
      '/lecciones/preguntas-previas-por-vereda-ordenan-la-rendicion-de-cuentas/',
      '/oferta/acompanamiento-rendicion-de-cuentas/',
      '/practicas/rendicion-de-cuentas-por-emisora-comunitaria-inza/',
    ]);
    await context.close();
  });
});
