import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import {
  municipalityWithPractices,
  offerWithChannel,
  plainPracticeWithImage,
  practiceWithResultsAndImage,
} from './fixture-pages.ts';

const built = useBuiltSite();

const open = (context: BrowserContext, path: string) => built.open(context, path);

const practice = practiceWithResultsAndImage();
const offer = offerWithChannel();
const municipality = municipalityWithPractices();

function pagesThatWork(label: string, javaScriptEnabled: boolean) {
  describe(label, () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await built.browser.newContext({ javaScriptEnabled, locale: 'es-CO' });
    });
    afterAll(() => context?.close());

    it('home: names the network, lists recent practices and leads to territories, themes and phases', async () => {
      const { page, errors, status } = await open(context, '/');
      expect(status).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('gestión territorial');
      expect(await page.getByRole('heading', { name: 'Buenas prácticas recientes' }).isVisible()).toBe(true);
      for (const name of ['Por territorio', 'Por tema', 'Por momento del ciclo de la gestión']) {
        expect(await page.getByRole('link', { name }).count()).toBe(1);
      }
      expect(await page.getByRole('link', { name: 'Saltar al contenido principal' }).count()).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a practice: its sections, measured results table and institutional contact', async () => {
      const { page, errors } = await open(context, practice.href);
      expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(practice.title);
      for (const name of [
        'Contexto',
        'Problema',
        'Qué se hizo',
        'Resultados',
        'Qué no funcionó',
        'Condiciones para replicarla',
      ]) {
        expect(await page.getByRole('heading', { name, exact: true }).count(), name).toBeGreaterThanOrEqual(1);
      }
      const table = page.getByRole('table', { name: 'Resultados medidos de la práctica' });
      expect(await table.getByRole('columnheader', { name: 'Línea base' }).count()).toBe(1);
      expect(await table.getByRole('row').count()).toBeGreaterThanOrEqual(2);
      expect(
        await page.getByRole('link', { name: practice.municipality.name, exact: true }).first().getAttribute('href'),
      ).toBe(practice.municipality.href);
      expect(await page.getByRole('heading', { name: 'Contacto institucional' }).count()).toBe(1);
      // Every image has alt text; content figures describe themselves (a video poster inside its labelled link is decorative).
      for (const img of await page.locator('article img').all()) expect(await img.getAttribute('alt')).not.toBeNull();
      const figures = page.locator('article figure:not([data-island]) img');
      expect(await figures.count()).toBeGreaterThanOrEqual(1);
      for (const img of await figures.all()) expect((await img.getAttribute('alt'))?.length).toBeGreaterThan(9);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('an offer: who offers it and exactly how to ask for it', async () => {
      const { page, errors } = await open(context, offer.href);
      expect(await page.getByRole('heading', { name: 'Cómo solicitar esta oferta' }).count()).toBe(1);
      const channel = page.getByRole('link', { name: 'Ir al canal de solicitud' });
      expect(await channel.getAttribute('href')).toMatch(/^https:\/\//);
      expect(await page.getByText('Entidad oferente').count()).toBe(1);
      expect(await page.getByRole('link', { name: offer.phase.name, exact: true }).first().getAttribute('href')).toBe(
        offer.phase.href,
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a municipality page: its own practices, its department, and the national offers grouped by phase', async () => {
      const { page, errors } = await open(context, municipality.href);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(municipality.name);
      expect(
        await page.getByRole('link', { name: municipality.department.name, exact: true }).first().getAttribute('href'),
      ).toBe(municipality.department.href);
      for (const title of municipality.practices)
        expect(await page.getByRole('link', { name: title }).count(), title).toBeGreaterThanOrEqual(1);
      expect(await page.getByRole('heading', { name: 'Oferta por momento del ciclo de la gestión' }).count()).toBe(1);
      expect(await page.locator('main a[href^="/oferta/"]:not([href="/oferta/"])').count()).toBeGreaterThanOrEqual(1);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('a department page lists its municipalities with content', async () => {
      const { page } = await open(context, municipality.department.href);
      expect(await page.getByRole('heading', { name: 'Municipios con contenido' }).count()).toBe(1);
      expect(await page.getByRole('link', { name: municipality.name, exact: true }).count()).toBeGreaterThanOrEqual(1);
      await page.close();
    });

    it('an unknown address answers 404 with a way home', async () => {
      const { page, status } = await open(context, '/no-existe/');
      expect(status).toBe(404);
      expect(await page.getByRole('link', { name: 'Volver al inicio' }).count()).toBe(1);
      await page.close();
    });
  });
}

pagesThatWork('with JavaScript', true);
pagesThatWork('without JavaScript', false);

describe('zero JavaScript by default', () => {
  it('content pages ship no script', async () => {
    const context = await built.browser.newContext();
    // The catalogue home (/oferta/) and /buscar carry islands; the facet pages do not.
    for (const path of ['/', plainPracticeWithImage().href, '/oferta/tipo/formacion/', municipality.href]) {
      const { page } = await open(context, path);
      expect(await page.locator('script').count(), path).toBe(0);
      await page.close();
    }
    await context.close();
  });
});
