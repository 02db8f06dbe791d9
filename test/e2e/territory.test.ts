import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { departmentWithPractices, practiceReplicatedElsewhere } from './fixture-pages.ts';

const built = useBuiltSite();

const open = (context: BrowserContext, path: string) => built.open(context, path);
const section = (page: Page, heading: string) =>
  page.locator('section', { has: page.getByRole('heading', { name: heading, level: 2, exact: true }) });

describe('finding your municipality', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await built.browser.newContext({ locale: 'es-CO' });
  });
  afterAll(() => context?.close());

  it('typing «Quibdo» without the accent finds Quibdó and leads to its page', async () => {
    const { page, errors } = await open(context, '/territorio/');
    const box = page.getByRole('searchbox', { name: 'Busque su departamento o municipio' });
    await box.fill('Quibdo');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('1 lugar encontrado');
    const results = page.getByRole('list', { name: 'Lugares encontrados' });
    await results.getByRole('link', { name: 'Quibdó' }).click();
    await page.waitForURL('**/territorio/27001-quibdo/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quibdó');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds «Narino» and «Bogota» without accents and a place by its DIVIPOLA code, from the keyboard', async () => {
    const { page, errors } = await open(context, '/territorio/');
    const box = page.getByRole('searchbox', { name: 'Busque su departamento o municipio' });
    const results = page.getByRole('list', { name: 'Lugares encontrados' });
    await box.fill('Narino');
    await expect.poll(() => results.getByRole('link').first().textContent()).toBe('Nariño');
    await box.fill('Bogota');
    await expect.poll(() => results.getByRole('link').first().textContent()).toBe('Bogotá, D.C.');
    await box.fill('52835');
    await expect.poll(() => results.getByRole('link').allTextContents()).toEqual(['San Andrés de Tumaco']);
    await box.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('San Andrés de Tumaco');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('place-q');
    await box.fill('Macondo');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Ningún lugar');
    expect(await results.getByRole('link').count()).toBe(0);
    await box.fill('pasto');
    await expect.poll(() => results.getByRole('link').first().textContent()).toBe('Pasto');
    await box.press('Enter');
    await page.waitForURL('**/territorio/52001-pasto/');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the list of places only when someone uses the box', async () => {
    const { page } = await open(context, '/territorio/');
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.waitForTimeout(200);
    expect(fetched).not.toContain('/territorio/lugares.json');
    await page.getByRole('searchbox').focus();
    await expect.poll(() => fetched).toContain('/territorio/lugares.json');
    await page.close();
  });

  it('without JavaScript, the box is not offered and the list of departments leads to the municipality', async () => {
    const noJs = await built.browser.newContext({ javaScriptEnabled: false, locale: 'es-CO' });
    const { page, errors } = await open(noJs, '/territorio/');
    expect(await page.getByRole('searchbox').count()).toBe(0);
    const choco = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Chocó/, level: 3 }) });
    await choco.getByRole('link', { name: 'Quibdó' }).click();
    await page.waitForURL('**/territorio/27001-quibdo/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Quibdó');
    expect(errors).toEqual([]);
    await noJs.close();
  });
});

describe('what concerns a place', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await built.browser.newContext({ javaScriptEnabled: false, locale: 'es-CO' });
  });
  afterAll(() => context?.close());

  it('a municipality page lists its own practices, its department’s, and the national offers by phase', async () => {
    const { page } = await open(context, '/territorio/52001-pasto/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pasto');
    const own = section(page, 'Buenas prácticas');
    expect(await own.getByRole('link', { name: /Ventanilla digital de trámites/ }).count()).toBe(1);
    expect(await own.getByRole('link', { name: /Tumaco/ }).count()).toBe(0);
    const department = section(page, 'De Nariño');
    expect(
      await department.getByRole('link', { name: /Presupuesto participativo por comunas .* Tumaco/ }).count(),
    ).toBe(1);
    const offers = section(page, 'Oferta que llega a Pasto');
    const planning = offers.locator('section', { has: page.getByRole('heading', { name: 'Planeación', level: 4 }) });
    expect(
      await planning
        .getByRole('link', { name: 'Asistencia técnica para formular el plan de desarrollo territorial' })
        .count(),
    ).toBe(1);
    expect(await planning.getByText('Alcance territorial: Nacional').count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('a municipality that replicated a practice lists it', async () => {
    const { title, adopter } = practiceReplicatedElsewhere();
    const { page } = await open(context, adopter.href);
    expect(
      await section(page, `Prácticas que ${adopter.name} replicó`)
        .getByRole('link', { name: title, exact: true })
        .count(),
    ).toBe(1);
    await page.close();
  });

  it('a department page lists its municipalities with content', async () => {
    const department = departmentWithPractices();
    const { page } = await open(context, department.href);
    const list = section(page, 'Municipios con contenido');
    const names = await list.getByRole('link').allTextContents();
    expect(names).toEqual(expect.arrayContaining(department.municipalities.map((m) => m.name)));
    expect(department.elsewhere).toBeDefined();
    expect(names).not.toContain(department.elsewhere!.name);
    // By name, as a reader looks for a place, not by DIVIPOLA code.
    expect(names).toEqual(names.toSorted((a, b) => a.localeCompare(b, 'es')));
    await page.close();
  });

  it('department and municipality pages link the department’s progress dashboard where a plan runs', async () => {
    for (const path of ['/territorio/27-choco/', '/territorio/27001-quibdo/']) {
      const { page } = await open(context, path);
      await page.getByRole('link', { name: 'Avance en Chocó' }).click();
      await page.waitForURL(/\/avance\/27-choco\/$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Avance en Chocó');
      await page.close();
    }
    const { page } = await open(context, '/territorio/52-narino/');
    expect(await page.getByRole('link', { name: /^Avance en/ }).count()).toBe(0);
    await page.close();
  });
});

describe('the map of departments', () => {
  it('each department is a link named with its count, with the same figures as a table, and DANE credited', async () => {
    const context = await built.browser.newContext({ javaScriptEnabled: false });
    const { page, errors } = await open(context, '/territorio/mapa/');
    const map = page.getByRole('group', { name: /Mapa de Colombia por departamentos/ });
    const areas = map.getByRole('link');
    expect(await areas.count()).toBe(33);
    const choco = map.getByRole('link', { name: /^Chocó: \d+ contenidos?$/ });
    expect(await choco.getAttribute('href')).toBe('/territorio/27-choco/');
    const count = Number((await choco.getAttribute('aria-label'))!.match(/(\d+)/)![1]);
    expect(count).toBeGreaterThan(0);
    const row = page.getByRole('row', { name: /Chocó/ });
    expect(await row.getByRole('cell').last().textContent()).toBe(String(count));
    expect(await page.getByRole('row').count()).toBe(34);
    expect(await page.getByText(/DANE, Marco Geoestadístico Nacional 2018 \(licencia CC BY 4\.0\)/).count()).toBe(1);
    for (const band of ['Sin contenido', 'De 1 a 2', 'De 3 a 5', '6 o más'])
      expect(await page.getByText(band, { exact: true }).count(), band).toBe(1);
    expect(await page.locator('script').count()).toBe(0);
    // Every link of the map leads to a page that exists.
    for (const href of await areas.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      expect((await page.request.get(built.url + href)).status(), href).toBe(200);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('weighs under 60 KB compressed, everything it loads included', async () => {
    const context = await built.browser.newContext();
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(`${built.url}/territorio/mapa/`, { waitUntil: 'networkidle' });
    const bodies = await Promise.all(responses.map((r) => r.body()));
    const total = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0);
    expect(bodies.length).toBeGreaterThanOrEqual(1);
    expect(total).toBeLessThan(60 * 1024);
    await context.close();
  });
});
