/**
 * The CMS in a real browser against `npm run cms` (astro dev + decap-server, local backend),
 * on a temporary copy of the content tree: what an editor saves is exactly what they changed,
 * allowlisted MDX components survive, and a new entry passes the check and reaches the site.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CmsServers, startCms } from '../../scripts/cms-servers.ts';
import { mdxAllowlist } from '../../src/mdx/allowlist.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { screenshotIfFailed, watchPage } from '../helpers/failure-screenshot.ts';
import { fillNewPractice } from '../helpers/cms-practice-form.ts';
import { buildContentTree } from '../../scripts/build-content-tree.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

const root = join(import.meta.dirname, '../..');
const PRACTICE = 'practices/rendicion-de-cuentas-itinerante-quibdo.mdx';
const OFFER = 'offers/acompanamiento-rendicion-de-cuentas.mdx';

let temp: string;
let content: string;
let servers: CmsServers;
let browser: Browser;
let page: Page;

const read = (file: string) => readFileSync(join(content, file), 'utf8');

/** Lines of `after` that are not at the same place in `before`, and the other way round. */
function changedLines(before: string, after: string) {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((line, i) => b[i] !== line), added: b.filter((line, i) => a[i] !== line) };
}

/**
 * Waits for the file to change as expected and then to hold still: the CMS server truncates the
 * file before writing it, so a read in between sees an empty or half-written entry.
 */
async function waitForFile(file: string, predicate: (text: string | undefined) => boolean) {
  const deadline = Date.now() + 20_000;
  let previous: string | undefined;
  while (Date.now() < deadline) {
    const text = existsSync(join(content, file)) ? read(file) : undefined;
    if (text !== undefined && text === previous && predicate(text)) return text;
    previous = text;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${file} no cambió como se esperaba`);
}

/** The first element's markup, whitespace between tags dropped: a page and a preview indent differently. */
const markup = (root: Page | ReturnType<Page['frameLocator']>, selector: string) =>
  root
    .locator(selector)
    .first()
    .evaluate((el) => el.outerHTML.replace(/>\s+</g, '><').trim());

/** Decap's publish menu in the simple workflow (the local backend has no editorial workflow). */
async function publish() {
  await page.getByRole('button', { name: 'Publicar', exact: true }).click();
  await page.getByText('Publicar ahora', { exact: true }).click();
}

/** Replaces a text field's value and waits until the form holds it. */
async function replaceText(input: Locator, text: string) {
  const deadline = Date.now() + 20_000;
  while ((await input.inputValue()) !== text) {
    if (Date.now() > deadline) throw new Error(`El campo no tomó el valor «${text}»`);
    await input.fill('');
    await input.fill(text);
  }
}

/** Opens an editor in a freshly loaded CMS, so no draft of a previous test can leak into it. */
async function go(_collection: string, route: string) {
  await page.goto('about:blank');
  await page.goto(`${servers.site}/admin/${route}`);
  await page.getByLabel('Título', { exact: true }).waitFor({ timeout: 180_000 });
}

const openEntry = (collection: string, slug: string) => go(collection, `#/collections/${collection}/entries/${slug}`);

/** Waits until Decap has written the entry and reloaded it into the form. */
async function saved() {
  await page.getByText('Cambios guardados').first().waitFor();
  await page.waitForTimeout(1_500);
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), 'rt-cms-'));
  content = join(temp, 'content');
  copyFixtureContent(content);
  // Each is kept as soon as it starts, so afterAll stops it even if the other failed to.
  await Promise.all([
    startCms({ root, contentDir: content }).then((s) => (servers = s)),
    launchBrowser().then((b) => (browser = b)),
  ]);
  page = watchPage(await browser.newPage({ viewport: { width: 1400, height: 1000 } }));
  page.setDefaultTimeout(90_000);
  // Decap asks before leaving an entry with unsaved changes; a test that failed midway must not block the next.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${servers.site}/admin/`);
  // The first visit compiles the CMS in dev mode: on a busy machine that takes a while.
  await page.getByRole('button', { name: 'Iniciar sesión' }).click({ timeout: 180_000 });
  await page.getByRole('link', { name: 'Buenas prácticas' }).first().waitFor();
}, 240_000);

afterEach((context) => screenshotIfFailed(context, page, 'rt-cms'));

afterAll(async () => {
  await browser?.close();
  await servers?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('the CMS on the local backend', () => {
  it('is in Spanish and lists every collection', async () => {
    await expect(page.getByRole('link', { name: 'Oferta institucional' }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Territorios' }).first().isVisible()).resolves.toBe(true);
  });

  it(
    'previews a practice with the page markup: names for terms, the body components drawn',
    { timeout: 180_000 },
    async () => {
      await openEntry('practices', 'rendicion-de-cuentas-itinerante-quibdo');
      const preview = page.frameLocator('iframe').first();
      const facts = preview.locator('article dl.facts').first();
      await facts.getByRole('link', { name: 'Quibdó', exact: true }).waitFor();
      await expect(facts.getByRole('link', { name: 'Participación ciudadana' }).count()).resolves.toBe(1);
      await expect(facts.getByText('27001').count()).resolves.toBe(0);
      // Markdown inside <Recuadro> is Markdown, not text; <Cifra> is the figure readers see.
      await expect(preview.locator('aside.recuadro strong').textContent()).resolves.toBe('antes');
      await expect(preview.locator('figure.cifra .cifra-valor').textContent()).resolves.toBe('6');
      await expect(preview.locator('article figure img').first().getAttribute('alt')).resolves.toMatch(
        /^Dibujo de una jornada/,
      );
      // The image is the one in the media store, loaded.
      await expect
        .poll(() =>
          preview
            .locator('article figure img')
            .first()
            .evaluate((img) => (img as HTMLImageElement).naturalWidth),
        )
        .toBeGreaterThan(0);

      // The same parts on the page readers get are the same markup.
      const site = await browser.newPage();
      try {
        await site.goto(`${servers.site}/practicas/rendicion-de-cuentas-itinerante-quibdo/`);
        for (const selector of [
          'article header',
          'article dl.facts',
          'article aside.recuadro',
          'article figure.cifra',
          'article section.panel',
        ]) {
          expect(await markup(preview, selector), selector).toBe(await markup(site, selector));
        }
      } finally {
        await site.close();
      }
    },
  );

  it('previews an offer with its entity, sector and territories by name', { timeout: 180_000 }, async () => {
    await openEntry('offers', 'acompanamiento-rendicion-de-cuentas');
    const preview = page.frameLocator('iframe').first();
    await preview.locator('article dl.facts').getByRole('link', { name: 'Quibdó', exact: true }).waitFor();
    await expect(preview.locator('header .kicker').textContent()).resolves.toContain(
      'Departamento Administrativo de la Función Pública',
    );
    await expect(preview.locator('article').textContent()).resolves.not.toMatch(/\b27001\b|funcion-publica/);
    // What an editor types is text in the preview, never markup.
    await replaceText(
      page.getByLabel('Título', { exact: true }),
      'Oferta <img src="x" onerror="document.title=1"> nueva',
    );
    await expect
      .poll(() => preview.locator('article h1').textContent())
      .toBe('Oferta <img src="x" onerror="document.title=1"> nueva');
    await expect(preview.locator('article h1 img').count()).resolves.toBe(0);
  });

  it(
    'previews a lesson, a course, a module and an agenda with the markup of their pages',
    { timeout: 180_000 },
    async () => {
      const course = '/formacion/formacion-de-formadores-rendicion-de-cuentas/';
      const pages = [
        {
          collection: 'lessons',
          slug: 'preguntas-previas-por-vereda-ordenan-la-rendicion-de-cuentas',
          path: '/lecciones/preguntas-previas-por-vereda-ordenan-la-rendicion-de-cuentas/',
          parts: ['article header', 'article dl.facts', 'article section.panel'],
        },
        {
          collection: 'courses',
          slug: 'formacion-de-formadores-rendicion-de-cuentas',
          path: course,
          parts: ['article header h1', 'article dl.facts', 'article section.prose ul'],
        },
        // The module's header names its course: a name the preview fetches, like the terms'.
        {
          collection: 'modules',
          slug: 'formacion-de-formadores-rendicion-de-cuentas-1',
          path: `${course}modulo-1/`,
          parts: ['article header', 'article section.prose ul', 'article table'],
        },
        {
          collection: 'agendas',
          slug: 'agenda-subregional-atrato',
          path: '/agendas/agenda-subregional-atrato/',
          parts: ['article header', 'article dl.facts', 'article table'],
        },
      ];
      const site = await browser.newPage();
      try {
        for (const { collection, slug, path, parts } of pages) {
          await openEntry(collection, slug);
          const preview = page.frameLocator('iframe').first();
          await site.goto(`${servers.site}${path}`);
          // Equal once term names have arrived: until then the preview shows ids where the page shows names.
          for (const selector of parts) {
            await expect
              .poll(() => markup(preview, selector), { message: `${collection}: ${selector}` })
              .toBe(await markup(site, selector));
          }
        }
      } finally {
        await site.close();
      }
    },
  );

  it('saves an entry that uses every allowlisted component back byte for byte', { timeout: 180_000 }, async () => {
    const original = read(PRACTICE);
    for (const name of Object.keys(mdxAllowlist)) expect(original).toContain(`<${name} `);
    const title = /^title: (.*)$/m.exec(original)![1]!;

    // Decap only saves when something changed: change the title, save, then put it back and save.
    await openEntry('practices', 'rendicion-de-cuentas-itinerante-quibdo');
    await replaceText(page.getByLabel('Título', { exact: true }), `${title} (revisión)`);
    await publish();
    const edited = await waitForFile(PRACTICE, (t) => t !== original);
    await saved();
    expect(changedLines(original, edited!)).toEqual({
      removed: [`title: ${title}`],
      added: [`title: ${title} (revisión)`],
    });

    await replaceText(page.getByLabel('Título', { exact: true }), title);
    await publish();
    const restored = await waitForFile(PRACTICE, (t) => t !== edited);
    expect(changedLines(original, restored!)).toEqual({ removed: [], added: [] });
    expect(restored).toBe(original);
  });

  it(
    'keeps the rest of the body byte for byte when a sentence is added in rich-text mode',
    { timeout: 180_000 },
    async () => {
      const original = read(PRACTICE);
      const line = original.split('\n').find((l) => l.startsWith('1. **Se formó el equipo'))!;
      await openEntry('practices', 'rendicion-de-cuentas-itinerante-quibdo');
      // The body opens in the rich-text editor: click the end of the first step and type there.
      const editor = page.locator('[contenteditable="true"]').filter({ hasText: 'aprestamiento, diseño' }).first();
      await editor
        .getByText(/ejecución y seguimiento\.$/)
        .first()
        .click();
      // The caret at the very end of the step (End would stop at the end of a wrapped visual line).
      await editor.evaluate((root) => {
        const item = [...root.querySelectorAll('li')].find((li) => li.textContent?.includes('aprestamiento, diseño'))!;
        const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
        let last: Text | undefined;
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if (node.textContent?.trim()) last = node as Text;
        const range = document.createRange();
        range.setStart(last!, last!.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await page.waitForTimeout(300);
      await page.keyboard.type(' Añadido.');
      await publish();
      const edited = await waitForFile(PRACTICE, (t) => t !== original);
      await saved();
      // Decap's serialiser writes loose lists tight (the blank lines between the steps, and after
      // the component blocks that interrupt them, went missing); the format puts them back, so
      // only the line typed into differs.
      const { removed, added } = changedLines(original, edited!);
      expect(removed).toEqual([line]);
      expect(added).toEqual([`${line} Añadido.`]);
    },
  );

  it('changes only the edited field of an existing offer', { timeout: 180_000 }, async () => {
    const original = read(OFFER);
    expect(original).toMatch(/^modality: mixta$/m);
    await openEntry('offers', 'acompanamiento-rendicion-de-cuentas');
    await page.getByLabel('Modalidad', { exact: true }).click({ force: true });
    await page.getByRole('option', { name: 'Virtual', exact: true }).click();
    await publish();
    const saved = await waitForFile(OFFER, (t) => t !== original);
    expect(changedLines(original, saved!)).toEqual({ removed: ['modality: mixta'], added: ['modality: virtual'] });
  });

  it('creates a new practice that passes the check and appears on the built site', { timeout: 300_000 }, async () => {
    const slug = 'mesas-de-dialogo-veredal-en-quibdo';
    await go('practices', '#/collections/practices/new');
    const field = (label: string) => page.getByLabel(label, { exact: true });
    await fillNewPractice(page, {
      title: 'Mesas de diálogo veredal en Quibdó',
      summary: 'Las veredas de Quibdó prepararon sus preguntas en mesas de diálogo antes de la rendición de cuentas.',
      indicator: 'Preguntas recogidas en las veredas',
      unit: 'preguntas',
      baseline: '12',
      achieved: '140',
      risk: 'Crecientes del río que cierran el paso',
    });

    // An image is picked from the media library and needs its alt text.
    await page.getByRole('button', { name: 'Agregar imágenes' }).click();
    await page.getByRole('button', { name: 'Elegir una imagen' }).click();
    const photo = join(temp, 'mesa-veredal.svg');
    writeFileSync(photo, readFileSync(join(content, 'media/asamblea-rendicion-de-cuentas.svg')));
    await page.locator('input[type="file"]').setInputFiles(photo);
    // The uploaded file comes back selected.
    await page.getByText('mesa-veredal.svg').first().waitFor();
    await page.getByRole('button', { name: 'Usar lo elegido' }).click();
    await field('Texto alternativo').fill('Vecinos reunidos bajo una caseta comunal con un cartel de preguntas.');
    await field('Crédito').fill('Alcaldía de Quibdó');

    // The body, in the rich-text editor.
    await page.locator('[contenteditable="true"]').last().click();
    await page.keyboard.type('Cada vereda eligió dos personas para llevar sus preguntas a la mesa.');

    await publish();
    const file = `practices/${slug}.mdx`;
    const saved = await waitForFile(file, (t) => t !== undefined);
    expect(saved).toMatch(/^title: Mesas de diálogo veredal en Quibdó$/m);
    expect(saved).toMatch(/image: \.\.\/media\/mesa-veredal\.svg/);
    expect(existsSync(join(content, 'media/mesa-veredal.svg'))).toBe(true);

    // The same schemas the build uses accept it…
    const { problems } = checkContent(root, content);
    expect(problems).toEqual([]);
    // …and the site built from that tree has its page.
    const out = join(temp, 'dist');
    buildContentTree(root, content, out, { NODE_ENV: 'production' });
    const html = readFileSync(join(out, 'practicas', slug, 'index.html'), 'utf8');
    expect(html).toContain('Mesas de diálogo veredal en Quibdó');
  });
});
