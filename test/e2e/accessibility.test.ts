import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';

/** One page of every template. */
const pages = [
  '/',
  '/acerca/',
  '/practicas/',
  '/practicas/rendicion-de-cuentas-itinerante-quibdo/',
  '/lecciones/',
  '/lecciones/preguntas-previas-por-vereda-ordenan-la-rendicion-de-cuentas/',
  '/oferta/',
  '/oferta/acompanamiento-rendicion-de-cuentas/',
  '/formacion/',
  '/formacion/formacion-de-formadores-rendicion-de-cuentas/',
  '/formacion/formacion-de-formadores-rendicion-de-cuentas/modulo-1/',
  '/agendas/',
  '/agendas/agenda-subregional-atrato/',
  '/planes/',
  '/planes/plan-boyaca-ricaurte-gestion-fiscal/',
  '/territorio/',
  '/territorio/27-choco/',
  '/territorio/27001-quibdo/',
  '/temas/',
  '/temas/participacion-ciudadana/',
  '/ciclo/',
  '/ciclo/rendicion-de-cuentas/',
  '/no-existe/',
];

let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
beforeAll(async () => {
  site = await serve(join(import.meta.dirname, '../../dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('axe-core finds no WCAG 2.1 A/AA violations', () => {
  it.each(pages)('%s', async (path) => {
    const page = await browser.newPage();
    await page.goto(site.url + path);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});
