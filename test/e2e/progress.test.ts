/** Plan pages and progress dashboards in a real browser, JavaScript off (nothing here needs it). */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { agendaWithPlan } from './fixture-pages.ts';

const built = useBuiltSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await built.browser.newContext({ javaScriptEnabled: false, locale: 'es-CO' });
});
afterAll(() => context?.close());

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(built.url + path);
  expect(response?.status()).toBe(200);
  return page;
}

describe('a work plan page (built on 2026-11-24)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/planes/plan-choco-atrato-rendicion-de-cuentas/');
  });
  afterAll(() => page?.close());

  it('shows each milestone on the timeline with its status computed from dates and progress', async () => {
    const timeline = page
      .getByRole('list')
      .filter({ has: page.getByText('Estrategias de rendición de cuentas 2026 adoptadas') })
      .first();
    const item = (title: string) => timeline.getByRole('listitem').filter({ hasText: title }).first();
    await expect(item('Estrategias de rendición de cuentas 2026 adoptadas').textContent()).resolves.toContain(
      'Cumplido',
    );
    // Due 2026-10-30 at 60 %: late on 2026-11-24.
    await expect(item('Informes trimestrales de avance del plan de desarrollo').textContent()).resolves.toContain(
      'Atrasado',
    );
    // Due 2026-12-15, under way.
    await expect(item('Organizaciones sociales y consejos comunitarios formados').textContent()).resolves.toContain(
      'En curso',
    );
    // Starts in 2027.
    await expect(
      item('Rendición de cuentas de la vigencia 2026 en los cinco municipios').textContent(),
    ).resolves.toContain('No iniciado');
  });

  it('gives an indicator baseline, current value and goal in the table', async () => {
    const table = page.getByRole('table', { name: 'Indicadores del plan' });
    const row = table.getByRole('row').filter({ hasText: 'Preguntas ciudadanas respondidas' });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells).toEqual(expect.arrayContaining(['22', '76', '90', 'porcentaje']));
    // (76 − 22) / (90 − 22) of the way.
    expect(cells).toContain('79,4 %');
  });

  it('draws the indicators as an image named and described for screen readers', async () => {
    const chart = page.getByRole('img', { name: 'Avance de los indicadores hacia su meta' });
    expect(await chart.count()).toBe(1);
    const description = await chart.evaluate((el) => {
      const ids = (el.getAttribute('aria-labelledby') ?? '').split(' ');
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(description).toContain('Preguntas ciudadanas respondidas');
    expect(description).toContain('79,4 %');
  });

  it('lists the commitments still open and the meetings with participants by role', async () => {
    const open = page.getByRole('table', { name: 'Compromisos de las mesas de trabajo que siguen abiertos' });
    const rows = await open.getByRole('row').allTextContents();
    expect(rows.some((r) => r.includes('informe del tercer trimestre'))).toBe(true);
    expect(rows.some((r) => r.includes('Conformar el equipo de rendición de cuentas'))).toBe(false);
    const participants = page.getByRole('table', { name: /Participantes de la mesa del 22 de enero de 2026/ });
    await expect(
      participants.getByRole('row').filter({ hasText: 'Secretarios de Planeación municipales' }).textContent(),
    ).resolves.toContain('5');
  });
});

describe('a decreasing indicator', () => {
  it('counts fewer days as progress towards the goal', async () => {
    const page = await open('/planes/plan-boyaca-ricaurte-gestion-fiscal/');
    const row = page
      .getByRole('table', { name: 'Indicadores del plan' })
      .getByRole('row')
      .filter({ hasText: 'paz y salvo predial' });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells).toEqual(expect.arrayContaining(['Reducir', '15', '9', '3', '50 %']));
    await page.close();
  });
});

describe('progress dashboards', () => {
  it('the network dashboard gives operational figures and links each department', async () => {
    const page = await open('/avance/');
    const figures = page.getByRole('table', { name: 'Cifras operativas de los planes de trabajo' });
    await expect(figures.getByRole('row').filter({ hasText: 'Planes de trabajo' }).textContent()).resolves.toContain(
      '2',
    );
    await expect(
      figures.getByRole('row').filter({ hasText: 'Entidades territoriales alcanzadas' }).textContent(),
    ).resolves.toContain('10');
    expect(
      await page.getByRole('img', { name: 'Indicadores estratégicos: cumplidos, al día y rezagados' }).count(),
    ).toBe(1);
    await page.getByRole('link', { name: 'Chocó' }).click();
    expect(new URL(page.url()).pathname).toBe('/avance/27-choco/');
    const choco = page.getByRole('table', { name: 'Cifras operativas de los planes de trabajo' });
    await expect(
      choco.getByRole('row').filter({ hasText: 'Mesas de trabajo realizadas' }).textContent(),
    ).resolves.toContain('4');
    await page.close();
  });

  it('an agenda page shows the progress of its plans', async () => {
    const agenda = agendaWithPlan();
    const page = await open(agenda.href);
    expect(await page.getByRole('heading', { name: 'Avance de la agenda' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: agenda.plan }).count()).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});
