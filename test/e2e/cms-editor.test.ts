/**
 * What an editor sees in the CMS, in a real browser against `npm run cms` on a temporary copy
 * of the content: the sign-in page names the portal; the forms of a new offer and a new
 * practice speak Spanish (none of Decap's English phrases shows), take days as dd/mm/aaaa with
 * no «UTC» or «Ahora», and call no field «(opcional)» that the schema requires in some cases;
 * a territory relation finds names typed without accents.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CmsServers, startCms } from '../../scripts/cms-servers.ts';
import { adminSettings } from '../../cms/settings.ts';
import type { CmsCollection, CmsField } from '../../src/derive/cms-config.ts';
import { t } from '../../src/i18n/index.ts';
import { fold } from '../../src/core/slug.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { screenshotIfFailed, watchPage } from '../helpers/failure-screenshot.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

const root = join(import.meta.dirname, '../..');
const collections = adminSettings(root).config.collections as CmsCollection[];

let temp: string;
let servers: CmsServers;
let browser: Browser;
let page: Page;

/**
 * Decap's English phrases (its `en` locale), cut at their placeholders: «Add %{item}» becomes
 * «Add». Only pieces with a word in them; «Markdown», a name, is the same in Spanish.
 */
function decapEnglishPieces(): string[] {
  const source = readFileSync(join(root, 'node_modules/decap-cms-locales/dist/esm/en/index.js'), 'utf8');
  const en = new Function(source.replace(/export default en;?\s*$/, 'return en;'))() as Record<string, unknown>;
  const texts: string[] = [];
  const walk = (node: unknown) =>
    typeof node === 'string' ? texts.push(node) : Object.values(node as object).forEach(walk);
  walk(en);
  const pieces = texts
    .flatMap((text) => text.split(/%\{\w+\}|\|\|\|\|/))
    .map((piece) => piece.replace(/[.…:"“”]+$/g, '').trim());
  // Besides the locale, words Decap's widgets write themselves.
  return [...new Set([...pieces, 'UTC', 'No options', 'Loading...'])].filter(
    (piece) => /[A-Za-z]{3}/.test(piece) && piece !== 'Markdown',
  );
}
const ENGLISH = decapEnglishPieces();

/** Every word on the screen: visible text, and the labels, titles and placeholders read aloud or shown on hover. */
const screenWords = () =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [document.body.innerText, ...attributes].join('\n');
  });

const englishOn = (text: string) =>
  ENGLISH.filter((piece) =>
    new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
  );

/** The fields that show on a new entry's form: top level and inside (open) objects. */
function formFields(name: string): CmsField[] {
  const fields = collections.find((c) => c.name === name)!.fields;
  return [...fields, ...fields.flatMap((f) => (f.widget === 'object' ? ((f.fields as CmsField[]) ?? []) : []))];
}
const dateLabels = (name: string) =>
  formFields(name)
    .filter((f) => f.widget === 'date')
    .map((f) => f.label);

/** Opens a new entry's form, signing in first if this browser has not (each test stands alone). */
async function openNew(name: string) {
  await page.goto('about:blank');
  await page.goto(`${servers.site}/admin/#/collections/${name}/new`);
  const title = page.getByLabel('Título', { exact: true });
  const signIn = page.getByRole('button', { name: 'Iniciar sesión' });
  await title.or(signIn).first().waitFor({ timeout: 180_000 });
  if (await signIn.isVisible()) {
    await signIn.click();
    await title.waitFor({ timeout: 120_000 });
  }
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'rt-cms-editor-'));
  copyFixtureContent(join(temp, 'content'));
  // Each is kept as soon as it starts, so afterAll stops it even if the other failed to.
  await Promise.all([
    startCms({ root, contentDir: join(temp, 'content') }).then((s) => (servers = s)),
    launchBrowser().then((b) => (browser = b)),
  ]);
  page = watchPage(await browser.newPage({ viewport: { width: 1400, height: 1000 } }));
  page.setDefaultTimeout(90_000);
  page.on('dialog', (dialog) => void dialog.accept());
}, 240_000);

afterEach((context) => screenshotIfFailed(context, page, 'rt-cms-editor'));

afterAll(async () => {
  await browser?.close();
  await servers?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('the CMS editor', () => {
  it(
    "shows the portal's name and what the editor is for on the sign-in page, in Spanish",
    { timeout: 240_000 },
    async () => {
      await page.goto(`${servers.site}/admin/`);
      const signIn = page.getByRole('button', { name: 'Iniciar sesión' });
      // The first visit compiles the site in dev mode: on a busy machine that takes a while.
      await signIn.waitFor({ timeout: 180_000 });
      await expect(page.getByRole('heading', { level: 1, name: t('site.name') }).isVisible()).resolves.toBe(true);
      await expect(page.getByText(t('cms.login.intro')).isVisible()).resolves.toBe(true);
      expect(englishOn(await screenWords())).toEqual([]);
      await signIn.click();
      await page.getByRole('link', { name: 'Buenas prácticas' }).first().waitFor();
      expect(englishOn(await screenWords())).toEqual([]);
    },
  );

  it.each(['offers', 'practices'])(
    'walks the form of a new %s in Spanish: days typed dd/mm/aaaa, no «UTC» or «Ahora», «(opcional)» only where true',
    { timeout: 180_000 },
    async (name) => {
      await openNew(name);
      // Open every list once, so the fields inside lists show too («Agregar requisitos»…).
      const adders = page.getByRole('button', { name: /^Agregar / });
      const count = await adders.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) await adders.nth(i).click();
      // A collection's list of entries and its filters, too.
      const words = await screenWords();
      expect(englishOn(words)).toEqual([]);
      expect(words).not.toMatch(/\bUTC\b/);
      await expect(page.getByRole('button', { name: /^(Ahora|Now)$/ }).count()).resolves.toBe(0);

      // A field the schema requires in some cases is not «(opcional)»; a truly optional one still is.
      const labelTexts = await page.locator('label').allTextContents();
      const conditional = formFields(name).filter((f) => f.conditional === true);
      expect(conditional.length).toBeGreaterThan(0);
      for (const field of conditional) expect(labelTexts, field.label).toContain(field.label);
      expect(labelTexts.filter((text) => text.endsWith('(opcional)')).length).toBeGreaterThan(0);

      const labels = dateLabels(name);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        const input = page.getByLabel(new RegExp(`^${label}( \\(opcional\\))?$`)).first();
        await expect(input.getAttribute('placeholder')).resolves.toBe('dd/mm/aaaa');
        await input.fill('01/03/2025');
        await expect(input.inputValue()).resolves.toBe('01/03/2025');
      }
      // A day that does not exist is named on its field, in Spanish, when saving.
      await page
        .getByLabel(new RegExp(`^${labels[0]}`))
        .first()
        .fill('31/04/2025');
      await page.getByRole('button', { name: 'Publicar', exact: true }).click();
      await page.getByText('Publicar ahora', { exact: true }).click();
      await page.getByText(`«${labels[0]}»: escriba la fecha como dd/mm/aaaa`).first().waitFor();
      expect(englishOn(await screenWords())).toEqual([]);
    },
  );

  it('finds territories typed without accents, as the public place finder does', { timeout: 180_000 }, async () => {
    // Territory names with accents, from the content: what an editor on a phone types without them.
    const folder = join(temp, 'content/taxonomies/territories');
    const names = readdirSync(folder)
      .map((file) => String((parse(readFileSync(join(folder, file), 'utf8')) as { name: string }).name))
      .filter((n) => ['quibdo', 'narino', 'bogota'].some((plain) => fold(n).startsWith(plain)));
    expect(names.length).toBeGreaterThanOrEqual(3);
    await openNew('practices');
    const territories = page.getByLabel('Territorios', { exact: true });
    for (const name of names) {
      const typed = fold(name)
        .split(' ')[0]!
        .replace(/^./, (c) => c.toUpperCase());
      await territories.fill(typed);
      await page
        .getByRole('option', { name: new RegExp(`^${name}`) })
        .first()
        .waitFor();
    }
  });
});
