/**
 * The check before saving, in a real browser against `npm run cms` on a temporary copy of the
 * content tree: the offer of issue 15 (a personal e-mail and mobile, a channel that is no
 * address, a departmental scope with no territory, an end before the start) is refused on each
 * field, in Spanish, and nothing is written; fixed, it is saved and passes `npm run check`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CmsServers, startCms } from '../../scripts/cms-servers.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { screenshotIfFailed, watchPage } from '../helpers/failure-screenshot.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

const root = join(import.meta.dirname, '../..');

let temp: string;
let content: string;
let servers: CmsServers;
let browser: Browser;
let session: BrowserContext | undefined;
let page: Page;

const offerFiles = () => readdirSync(join(content, 'offers')).sort();
/** A field by its label, which Decap follows with «(opcional)» when the config does not require it. */
const field = (label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\(opcional\\))?$`));

/** The messages Decap shows on a field: the list beside its label. */
const errorsOn = (label: string) =>
  page.evaluate((label) => {
    const element = [...document.querySelectorAll('label')].find(
      (l) => l.textContent?.replace(/\(opcional\)/, '').trim() === label,
    );
    if (!element) throw new Error(`No hay un campo «${label}»`);
    return [...element.parentElement!.querySelectorAll('ul li')].map((li) => li.textContent ?? '');
  }, label);

async function publish() {
  await page.getByRole('button', { name: 'Publicar', exact: true }).click();
  await page.getByText('Publicar ahora', { exact: true }).click();
}

/** Replaces a text field's value and waits until the form holds it (a plain fill may append to what Decap keeps). */
async function replaceText(label: string, text: string) {
  const input = field(label);
  const deadline = Date.now() + 20_000;
  while ((await input.inputValue()) !== text) {
    if (Date.now() > deadline) throw new Error(`El campo «${label}» no tomó el valor «${text}»`);
    await input.fill('');
    await input.fill(text);
  }
}

async function pick(label: string, search: string, option: RegExp) {
  await field(label).fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

async function choose(label: string, option: string) {
  await field(label).click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** A new tab in the same session (the login is kept), so nothing left by a previous test can interfere. */
async function freshPage() {
  const old = page;
  session ??= await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = watchPage(await session.newPage());
  page.setDefaultTimeout(90_000);
  // Decap asks before leaving an entry with unsaved changes.
  page.on('dialog', (dialog) => void dialog.accept());
  await old?.close();
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'rt-cms-check-'));
  content = join(temp, 'content');
  copyFixtureContent(content);
  // Each is kept as soon as it starts, so afterAll stops it even if the other failed to.
  await Promise.all([
    startCms({ root, contentDir: content }).then((s) => (servers = s)),
    launchBrowser().then((b) => (browser = b)),
  ]);
  await freshPage();
  await page.goto(`${servers.site}/admin/`);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click({ timeout: 180_000 });
  await page.getByRole('link', { name: 'Oferta institucional' }).first().waitFor();
}, 240_000);

afterEach((context) => screenshotIfFailed(context, page, 'rt-cms-check'));

afterAll(async () => {
  await browser?.close();
  await servers?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('the CMS checks an entry before saving it', () => {
  it(
    'refuses the invalid offer on each field, writes nothing, and saves it once fixed',
    { timeout: 400_000 },
    async () => {
      const before = offerFiles();
      await page.goto(`${servers.site}/admin/#/collections/offers/new`);
      await field('Título').waitFor({ timeout: 180_000 });

      await field('Título').fill('Asesoría en rendición de cuentas para municipios pequeños');
      await field('Resumen').fill(
        'Acompañamiento paso a paso a las alcaldías en su estrategia anual de rendición de cuentas y en sus espacios de diálogo.',
      );
      await pick('Entidad oferente', 'Función', /^Departamento Administrativo de la Función Pública/);
      await pick('Sector', 'Función', /^Función pública/);
      await choose('Tipo de oferta', 'Asistencia técnica');
      await pick('Temas', 'Participación', /^Participación ciudadana/);
      await pick('Niveles de capacidad', 'Organizacional', /^Organizacional/);
      await pick('Momentos del ciclo de la gestión', 'Rendición', /^Rendición de cuentas/);
      await pick('Grupos de valor', 'Entidades', /^Entidades territoriales/);
      await choose('Modalidad', 'Virtual');
      await choose('Alcance territorial', 'Departamental');
      await pick('Alineación con el PND', 'Actores', /^Actores diferenciales/);
      await page.getByRole('button', { name: /requisitos$/i }).click();
      await page.locator('input[id^="item-field"]').last().fill('Designar un equipo de rendición de cuentas.');
      await field('Cómo solicitarla').fill('Escriba al buzón de la oferta indicando el municipio y la vigencia.');
      await field('Canal de solicitud').fill('no es una url');
      await field('Correo de la oferta').fill('rendicion.cuentas@gmail.com');
      await field('Línea de atención').fill('310 555 1234');
      await field('Vigente desde').fill('2026-03-01');
      await field('Vigente hasta').fill('2026-01-31');
      await choose('Estado de publicación', 'Publicado');
      await field('Fecha de publicación').fill('2026-01-15');
      await field('Última revisión').fill('2026-02-01');
      await page.locator('[contenteditable="true"]').last().click();
      await page.keyboard.type('El municipio recibe plantillas y una sesión de arranque.');

      await publish();
      // The check's own words, on the field each concerns.
      const expected: [string, RegExp][] = [
        [
          'Correo de la oferta',
          /«rendicion\.cuentas@gmail\.com» no es un correo de un dominio institucional\. Use el correo de la oficina/,
        ],
        ['Línea de atención', /«310 555 1234» parece un número de celular personal\. Publique solo el teléfono fijo/],
        ['Canal de solicitud', /Escriba una dirección web completa que empiece por https:\/\//],
        ['Territorios focalizados', /Un alcance departamental nombra al menos un territorio\./],
        ['Vigente hasta', /La fecha final es anterior a la fecha de inicio\./],
      ];
      for (const [label, message] of expected) {
        await expect
          .poll(() => errorsOn(label).then((errors) => errors.join(' ')), { message: label, timeout: 20_000 })
          .toMatch(message);
      }
      // Fields the check accepts carry no message.
      for (const label of ['Título', 'Vigente desde', 'Cómo solicitarla'])
        expect(await errorsOn(label), label).toEqual([]);
      // Nothing was written, and Decap did not say it was.
      await page.waitForTimeout(3_000);
      expect(offerFiles()).toEqual(before);
      await expect(page.getByText(/Entrada guardada|Cambios guardados/).count()).resolves.toBe(0);

      // Fixed, the same entry is saved…
      await replaceText('Canal de solicitud', 'https://www.funcionpublica.gov.co/web/participacion');
      await replaceText('Correo de la oferta', 'participacion@funcionpublica.gov.co');
      await replaceText('Línea de atención', '601 739 5656');
      await pick('Territorios focalizados', 'Choc', /^Chocó/);
      await field('Vigente hasta').fill('2026-12-31');
      await publish();
      const file = join(content, 'offers/asesoria-en-rendicion-de-cuentas-para-municipios-pequenos.mdx');
      await expect.poll(() => existsSync(file), { timeout: 30_000 }).toBe(true);
      await page
        .getByText(/Entrada guardada|Cambios guardados/)
        .first()
        .waitFor();
      const saved = readFileSync(file, 'utf8');
      expect(saved).toMatch(/^ {2}channel: https:\/\/www\.funcionpublica\.gov\.co\/web\/participacion$/m);
      // …and `npm run check` agrees with the editor's verdict.
      expect(checkContent(root, content).problems).toEqual([]);
    },
  );

  it('refuses, with a notice at the top, a problem that belongs to no field', { timeout: 300_000 }, async () => {
    // A hand-made file whose name the check refuses: the form has no field for a file name.
    const file = join(content, 'offers/Oferta-Con-Mayusculas.mdx');
    const original = readFileSync(join(content, 'offers/acompanamiento-rendicion-de-cuentas.mdx'), 'utf8');
    writeFileSync(file, original);
    try {
      await freshPage();
      await page.goto(`${servers.site}/admin/#/collections/offers/entries/Oferta-Con-Mayusculas`);
      await field('Título').waitFor({ timeout: 180_000 });
      await replaceText('Título', 'Acompañamiento a alcaldías (revisado)');
      await publish();
      await page
        .getByText(/No se pudo guardar la entrada: .*El nombre del archivo debe usar solo minúsculas/)
        .first()
        .waitFor({ timeout: 30_000 });
      await page.waitForTimeout(2_000);
      expect(readFileSync(file, 'utf8')).toBe(original);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
