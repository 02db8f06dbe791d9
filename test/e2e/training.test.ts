/**
 * A trainer's visit: walk a course module by module, watch a video that costs nothing until
 * asked for, print the whole course, filter the catalogue without JS, and add a jornada to a
 * calendar (read back with ical.js, in Colombian time).
 */
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';

const COURSE = '/formacion/formacion-de-formadores-rendicion-de-cuentas/';
const VIDEO_MODULE = `${COURSE}modulo-3/`;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let withJs: BrowserContext;
let withoutJs: BrowserContext;

beforeAll(async () => {
  site = await serve(join(import.meta.dirname, '../../dist'));
  browser = await launchBrowser();
  withJs = await browser.newContext({ locale: 'es-CO' });
  withoutJs = await browser.newContext({ locale: 'es-CO', javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page recording every request it makes. */
async function openRecording(context: BrowserContext, path: string): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  return { page, requests };
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe('a course, module by module', () => {
  it('walks every module with «next» and comes back with «previous»', async () => {
    const page = await withoutJs.newPage();
    await page.goto(site.url + COURSE);
    const titles = await page
      .getByRole('heading', { name: 'Módulos del curso' })
      .locator('xpath=following-sibling::ol[1]/li/a')
      .allTextContents();
    expect(titles).toHaveLength(4);
    await page.getByRole('link', { name: titles[0]!, exact: true }).click();
    expect(await h1(page)).toBe(titles[0]);
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    for (const title of titles.slice(1)) {
      await page.locator('a[rel="next"]').click();
      expect(await h1(page)).toBe(title);
    }
    expect(page.url()).toBe(`${site.url}${COURSE}modulo-4/`);
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
    await page.locator('a[rel="prev"]').click();
    expect(await h1(page)).toBe(titles[2]);
    await page.close();
  });

  it('a module shows objectives, the timed activity guide, sized downloads and the practices it draws on', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${site.url}${COURSE}modulo-1/`);
    expect(await page.getByRole('heading', { name: 'Objetivos pedagógicos' }).count()).toBe(1);
    const guide = page.getByRole('table', { name: 'Guía de la actividad' });
    expect(await guide.getByRole('columnheader', { name: 'Minutos' }).count()).toBe(1);
    expect(await guide.getByRole('row').count()).toBe(6);
    const download = page.getByRole('link', { name: /Ficha de caso, rendición itinerante en Quibdó/ });
    expect(await download.getAttribute('href')).toBe('/materiales/rendicion-de-cuentas-caso-quibdo.pdf');
    expect(await download.locator('xpath=..').textContent()).toMatch(/\(PDF · \d+ KB\)/);
    expect(await page.getByRole('heading', { name: 'Prácticas de apoyo' }).count()).toBe(1);
    const response = await page.request.get(`${site.url}/materiales/rendicion-de-cuentas-caso-quibdo.pdf`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});

describe('what the downloads cost', () => {
  it("the course page lists its own and its modules' materials with format, size and total", async () => {
    const page = await withoutJs.newPage();
    await page.goto(site.url + COURSE);
    const items = page.locator('ul.materials > li');
    expect(await items.count()).toBeGreaterThan(10);
    for (const text of await items.allTextContents())
      expect(text).toMatch(/\((PDF|Word|Excel|Audio MP3) · \d+ (B|KB|MB)\)$/);
    expect(await page.getByRole('link', { name: 'Ficha de caso, rendición itinerante en Quibdó' }).count()).toBe(1);
    const all = page.getByRole('link', { name: 'Descargar todos los materiales en un solo archivo' });
    expect(await all.getAttribute('href')).toBe(`${COURSE}materiales.zip`);
    expect(await all.locator('xpath=..').textContent()).toMatch(/\(Archivo ZIP · \d+ KB\)$/);
    await page.close();
  });
});

describe('audiovisual material without the weight', () => {
  it('loads no video before the reader asks, then plays it with captions', async () => {
    const { page, requests } = await openRecording(withJs, VIDEO_MODULE);
    const origin = new URL(site.url).origin;
    expect(
      requests.filter((u) => new URL(u).origin !== origin),
      'third-party requests on load',
    ).toEqual([]);
    expect(
      requests.filter((u) => /\.(mp4|webm|vtt|mp3)$/.test(u)),
      'media requested on load',
    ).toEqual([]);
    expect(await page.locator('iframe, video').count()).toBe(0);

    const play = page.getByRole('link', { name: /Ver el video: Cómo convocar una jornada veredal/ });
    const videoRequest = page.waitForRequest(
      (r) => r.url().endsWith('/materiales/rendicion-de-cuentas-convocatoria-veredal.mp4'),
      { timeout: 10_000 },
    );
    await play.click();
    await videoRequest;
    const video = page.locator('video');
    expect(await video.count()).toBe(1);
    expect(await video.locator('track[kind="captions"]').getAttribute('src')).toBe(
      '/materiales/rendicion-de-cuentas-convocatoria-veredal.vtt',
    );
    expect(await page.getByText('Transcripción', { exact: true }).count()).toBe(1);
    await page.close();
  });

  it('without JavaScript the poster is a link to the video itself', async () => {
    const page = await withoutJs.newPage();
    await page.goto(site.url + VIDEO_MODULE);
    const play = page.getByRole('link', { name: /Ver el video/ });
    expect(await play.getAttribute('href')).toBe('/materiales/rendicion-de-cuentas-convocatoria-veredal.mp4');
    await page.close();
  });

  it('a podcast uses the native player, downloads nothing until played, and shows its transcript', async () => {
    const { page, requests } = await openRecording(withJs, VIDEO_MODULE);
    const audio = page.locator('audio');
    expect(await audio.getAttribute('preload')).toBe('none');
    expect(await audio.getAttribute('controls')).not.toBeNull();
    expect(requests.some((u) => u.endsWith('.mp3'))).toBe(false);
    expect(await page.getByText('Transcripción del audio').count()).toBe(1);
    expect(await page.getByText(/Rendir cuentas es informar, dialogar y responder\. ¡Lo esperamos!/).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('link', { name: /Descargar el audio \(\d+ KB\)/ }).count()).toBe(1);
    await page.close();
  });
});

describe('the print version', () => {
  it('is linked from the course and holds every module, one per printed page', async () => {
    const page = await withoutJs.newPage();
    await page.goto(site.url + COURSE);
    const modules = await page
      .getByRole('heading', { name: 'Módulos del curso' })
      .locator('xpath=following-sibling::ol[1]/li/a')
      .allTextContents();
    await page.getByRole('link', { name: /Versión para imprimir/ }).click();
    expect(page.url()).toBe(`${site.url}${COURSE}imprimir/`);
    const sections = page.locator('section.print-module');
    expect(await sections.count()).toBe(modules.length);
    expect(await sections.locator('h2').allTextContents()).toEqual(modules);
    expect(await page.getByRole('table', { name: 'Guía de la actividad' }).count()).toBe(modules.length);
    await page.emulateMedia({ media: 'print' });
    expect(await sections.first().evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the course catalogue filters work without JavaScript', () => {
  it('from the catalogue to the courses of one theme and back', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${site.url}/formacion/`);
    expect(await page.locator('ul.cards > li').count()).toBe(2);
    const filters = page.getByRole('navigation', { name: 'Filtrar los cursos' });
    for (const facet of [
      'Temas',
      'Agendas que apoya',
      'Ofertas que apoya',
      'Grupos de valor del público',
      'Niveles de capacidad',
    ]) {
      expect(await filters.locator('summary', { hasText: facet }).count(), facet).toBe(1);
    }
    await filters.locator('summary', { hasText: 'Temas' }).click();
    await filters.getByRole('link', { name: 'Transparencia e integridad' }).click();
    expect(page.url()).toBe(`${site.url}/formacion/filtro/tema/transparencia-e-integridad/`);
    expect(await h1(page)).toBe('Temas: Transparencia e integridad');
    expect(await page.locator('ul.cards > li').count()).toBe(1);
    expect(await page.locator('ul.cards').getByRole('link').textContent()).toMatch(/rendición de cuentas/);
    expect(await filters.locator('[aria-current="page"]').textContent()).toBe('Transparencia e integridad');
    await page.getByRole('link', { name: 'Ver todos los cursos' }).click();
    expect(page.url()).toBe(`${site.url}/formacion/`);
    await page.close();
  });
});

describe('jornadas de formación', () => {
  it('lists upcoming and past events on the build day (2026-11-24)', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${site.url}/formacion/jornadas/`);
    const section = (name: string) => page.getByRole('region', { name });
    expect(await section('Próximas jornadas').getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      expect.stringMatching(/Quibdó/),
      expect.stringMatching(/provincia de Ricaurte/),
    ]);
    expect(await section('Jornadas realizadas').getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      expect.stringMatching(/Sesión virtual/),
      expect.stringMatching(/Pasto/),
    ]);
    await page.close();
  });

  it('an event page says when in Colombian time, where, how to register, and offers an .ics that parses', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${site.url}/formacion/jornadas/jornada-rendicion-de-cuentas-quibdo-2026/`);
    const when = page.locator('time').first();
    expect(await when.getAttribute('datetime')).toBe('2026-12-03T08:00:00-05:00');
    expect(await when.textContent()).toMatch(/3 de diciembre de 2026.*8:00.*Hora de Colombia/);
    expect(
      await page.getByRole('link', { name: 'Inscribirse por el canal institucional' }).getAttribute('href'),
    ).toMatch(/^https:\/\/www\.funcionpublica\.gov\.co/);
    const ics = await page.getByRole('link', { name: /Agregar a mi calendario/ }).getAttribute('href');
    const response = await page.request.get(site.url + ics);
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const [vevent] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent!);
    const bogota = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'America/Bogota',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    expect(bogota.format(event.startDate.toJSDate())).toBe('2026-12-03 08:00');
    expect(bogota.format(event.endDate.toJSDate())).toBe('2026-12-04 17:00');
    expect(event.location).toContain('Quibdó');
    await page.close();
  });

  it('an event page reads cleanly: one full stop at a time, one heading per name', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${site.url}/formacion/jornadas/jornada-rendicion-de-cuentas-quibdo-2026/`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).not.toMatch(/\.[.,]/);
    expect(text).toContain('inscritas, Quibdó');
    expect(text).toMatch(/Inscripciones hasta el .* 5:00 p\. m\.(?!\.)/);
    const headings = (await page.getByRole('heading').allTextContents()).map((h) => h.trim().toLowerCase());
    expect(headings.filter((h) => h.startsWith('programa'))).toHaveLength(1);
    await page.close();
  });

  it("a course's upcoming jornadas say when and where, and offer the calendar file", async () => {
    const page = await withoutJs.newPage();
    await page.goto(site.url + COURSE);
    const item = page
      .getByRole('heading', { name: 'Próximas jornadas' })
      .locator('xpath=following-sibling::ul[1]/li')
      .first();
    expect(await item.locator('time').textContent()).toMatch(/3 de diciembre de 2026, 8:00 a\. m\./);
    expect(await item.textContent()).toContain('Auditorio de la Gobernación del Chocó, Quibdó');
    expect(await item.getByRole('link', { name: /Agregar a mi calendario/ }).getAttribute('href')).toBe(
      '/formacion/jornadas/jornada-rendicion-de-cuentas-quibdo-2026.ics',
    );
    await page.close();
  });

  it('the feed holds every published event with a unique UID', async () => {
    const response = await withoutJs.request.get(`${site.url}/formacion/jornadas.ics`);
    const vevents = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(4);
    expect(new Set(vevents.map((v) => v.getFirstPropertyValue('uid'))).size).toBe(4);
  });
});
