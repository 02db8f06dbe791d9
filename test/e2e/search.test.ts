/**
 * Site search in a real browser: Spanish queries with and without accents, singular and
 * plural, ñ; filters and what each option counts; snippets; the URL as the state of a search;
 * back and forward; nothing of the index downloaded before the reader searches; and a page
 * that still leads to the listings without JS or when the index cannot load.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { searchedCollections } from '../../src/features/search/search-options.ts';
import { searchFilters } from '../../src/features/search/search-tags.ts';
import { isStopWord } from '../../src/features/search/search-query.ts';
import { collectionHref } from '../../src/core/urls.ts';
import { collections } from '../../src/schemas/index.ts';

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
const resultLinks = (page: Page) =>
  page
    .locator('[data-results] h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

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
    expect(first.sort()).toEqual(
      [
        '/pagefind/pagefind-entry.json',
        '/pagefind/pagefind.js',
        `/pagefind/pagefind.${index}.pf_meta`,
        '/pagefind/wasm.es.pagefind',
      ].sort(),
    );
    for (const file of [
      '/pagefind/pagefind-entry.json',
      `/pagefind/pagefind.${index}.pf_meta`,
      '/pagefind/wasm.es.pagefind',
    ]) {
      expect(
        requests.filter((p) => p === file),
        file,
      ).toHaveLength(1);
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
    expect(await visibleListings(page)).toEqual(expect.arrayContaining(listings));
    await noJs.close();
  });

  it('when the index cannot load, says so and shows the listings it points to', async () => {
    const { page } = await openSearch();
    await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: '' }));
    expect(await visibleListings(page)).toEqual([]);
    await page.getByRole('searchbox', { name: 'Qué busca' }).fill('rendicion de cuentas');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await eventually(() => status(page).textContent()).toBe(
      'La búsqueda no está disponible en este momento. Use los listados de abajo.',
    );
    expect(await visibleListings(page)).toEqual(expect.arrayContaining(listings));
    expect(await page.getByText('La búsqueda necesita JavaScript').isVisible()).toBe(false);
    await page.close();
  });
});

/** Every searched collection's own listing, and the ways in by place, theme and phase. */
const listings = [
  ...searchedCollections.filter((c) => (collections[c] as { route?: string }).route).map((c) => collectionHref(c)),
  collectionHref('territories'),
  collectionHref('themes'),
  collectionHref('phases'),
];

/** The paths of the links a reader sees in the listings panel. */
const visibleListings = async (page: Page) => {
  const nav = page.getByRole('navigation', { name: 'Listados del portal' });
  if (!(await nav.isVisible())) return [];
  return nav.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
};

/** Each option of each filter, with the count it shows (undefined while none is shown). */
async function optionCounts(page: Page) {
  return page.locator('form select').evaluateAll((selects) =>
    selects.map((s) => ({
      name: (s as HTMLSelectElement).name,
      options: [...(s as HTMLSelectElement).options]
        .filter((o) => o.value)
        .map((o) => ({ value: o.value, count: /\((\d+)\)$/.exec(o.textContent ?? '')?.[1] })),
    })),
  );
}

/** The result count the status line gives, once it gives one. */
async function resultCount(page: Page): Promise<number> {
  await eventually(() => status(page).textContent()).toMatch(/^\d+ resultados?$|^No encontramos/);
  const text = (await status(page).textContent())!;
  return text.startsWith('No encontramos') ? 0 : Number(/^\d+/.exec(text)![0]);
}

describe('filter counts', () => {
  const cases: [string, Record<string, string>][] = [
    ['a query', { q: 'rendicion de cuentas' }],
    ['a query and a department', { q: 'rendicion de cuentas', departamento: 'Chocó' }],
    ['a query, a type and a phase', { q: 'gestion', tipo: 'Oferta', momento: 'Planeación' }],
    ['a filter alone', { tema: 'Participación ciudadana' }],
  ];

  it.each(cases)(
    'with %s, each option counts the results choosing it gives',
    async (_, params) => {
      const { page, errors } = await openSearch(`?${new URLSearchParams(params)}`);
      await resultCount(page);
      await eventually(async () =>
        (await optionCounts(page)).flatMap((s) => s.options).every((o) => o.count !== undefined),
      ).toBe(true);
      const filters = await optionCounts(page);
      expect(filters.map((f) => f.name)).toEqual([...searchFilters]);
      // Each choice loads the page anew: per filter, up to eight options with results (the largest
      // counts and the smallest) and one without, where there is one.
      const checks = filters.flatMap((f) => {
        const withResults = f.options
          .filter((o) => Number(o.count) > 0)
          .sort((a, b) => Number(b.count) - Number(a.count));
        const picked = withResults.length <= 8 ? withResults : [...withResults.slice(0, 6), ...withResults.slice(-2)];
        const without = f.options.find((o) => o.count === '0');
        return [...picked, ...(without ? [without] : [])].map((o) => ({ filter: f.name, ...o }));
      });
      expect(checks.some((c) => Number(c.count) > 0)).toBe(true);
      for (const check of checks) {
        await page.goto(`${built.url}/buscar/?${new URLSearchParams({ ...params, [check.filter]: check.value })}`);
        expect(await resultCount(page), `${check.filter}=${check.value}`).toBe(Number(check.count));
      }
      expect(errors).toEqual([]);
      await page.close();
    },
    180_000,
  );
});

describe('snippets', () => {
  /** Letters and digits only: Pagefind joins some neighbouring cells without a space, the words stay in order. */
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

  it.each(['rendicion de cuentas', 'plan de desarrollo', 'la participacion de los jovenes'])(
    '«%s»: each snippet is a run of the entry’s own words, not the labels around them, and marks no stop word',
    async (query) => {
      const { page } = await openSearch();
      await search(page, query);
      const results = await page.locator('[data-results] li').all();
      expect(results.length).toBeGreaterThan(0);
      const entry = await context.newPage();
      for (const result of results) {
        const href = (await result.locator('h3 a').getAttribute('href'))!;
        const snippet = result.locator('p').nth(1);
        const marked = await snippet.locator('mark').allTextContents();
        expect(marked.length, href).toBeGreaterThan(0);
        expect(
          marked.filter((w) => isStopWord(w)),
          href,
        ).toEqual([]);
        // The entry's own words: its searchable body without the words the site writes around it (type, labels, headings).
        await entry.goto(built.url + href);
        const own = await entry.locator('[data-pagefind-body]').evaluate((body) => {
          const copy = body.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('[data-pagefind-ignore], .kicker').forEach((e) => e.remove());
          return copy.textContent ?? '';
        });
        expect(letters(own), href).toContain(letters((await snippet.textContent()) ?? ''));
      }
      await entry.close();
      await page.close();
    },
  );
});
