/**
 * The review workflow for real, in Chromium, on `npm run cms`'s git mode over a throw-away
 * repository holding a copy of the content: a new practice saved as a draft is on its own
 * branch, not on main and not on the site; moved to review, then ready, then published, it is
 * merged into main, passes the check and appears on a build. Also: the admin refuses to start
 * on an editing server that serves another repository.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CmsServers, freePort, startCms } from '../../scripts/cms-servers.ts';
import { buildContentTree } from '../../scripts/build-content-tree.ts';
import { startEditingBackend } from '../../src/cms-server/guard.ts';
import { editingPolicy } from '../../src/cms-server/policy.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { screenshotIfFailed, watchPage } from '../helpers/failure-screenshot.ts';
import { fillNewPractice as fillPracticeForm } from '../helpers/cms-practice-form.ts';
import { copyFixtureContent } from '../helpers/fixture-content.ts';

const root = join(import.meta.dirname, '../..');
const SLUG = 'cabildos-abiertos-por-corregimiento';
const FILE = `content/practices/${SLUG}.mdx`;

let repo: string;
let servers: CmsServers;
let browser: Browser;
let page: Page;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const onMain = () => git('ls-tree', '-r', '--name-only', 'main', 'content/practices/').split('\n');
const status = () => git('config', '--get', `branch.cms/practices/${SLUG}.description`);

async function fillNewPractice() {
  await fillPracticeForm(page, {
    title: 'Cabildos abiertos por corregimiento',
    summary: 'Los corregimientos de Quibdó discutieron el presupuesto en cabildos abiertos antes de aprobarlo.',
    indicator: 'Corregimientos con cabildo',
    unit: 'corregimientos',
    baseline: '0',
    achieved: '27',
    risk: 'Lluvias que cierran los caminos veredales',
  });
  await page.locator('[contenteditable="true"]').last().click();
  await page.keyboard.type('Cada corregimiento eligió a sus voceros para el cabildo.');
}

/** Decap's status menu in the editor: «Estado: …» then the new state. */
async function setStatus(name: string) {
  await page.getByRole('button', { name: /^Estado: / }).click();
  await page.getByRole('menuitem', { name, exact: true }).click();
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'rt-cms-git-'));
  copyFixtureContent(join(repo, 'content'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Editora');
  git('config', 'user.email', 'editora@example.org');
  git('add', '.');
  git('commit', '-qm', 'Contenido inicial');
  // Each is kept as soon as it starts, so afterAll stops it even if the other failed to.
  await Promise.all([
    startCms({ root, contentDir: join(repo, 'content'), mode: 'git', verbose: !!process.env.CMS_TEST_VERBOSE }).then(
      (s) => (servers = s),
    ),
    launchBrowser().then((b) => (browser = b)),
  ]);
  page = watchPage(await browser.newPage({ viewport: { width: 1400, height: 1000 } }));
  page.setDefaultTimeout(90_000);
  page.on('dialog', (dialog) => void dialog.accept());
}, 240_000);

afterEach((context) => screenshotIfFailed(context, page, 'rt-cms-workflow'));

afterAll(async () => {
  await browser?.close();
  await servers?.stop();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('the review workflow on the local editing server (git mode)', () => {
  it(
    'does not reload the editor when content files change, as every save and checkout does',
    { timeout: 240_000 },
    async () => {
      const other = await browser.newPage();
      try {
        await other.goto(`${servers.site}/admin/`);
        await other.getByRole('button', { name: 'Iniciar sesión' }).waitFor({ timeout: 180_000 });
        await other.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
        const practices = join(repo, 'content/practices');
        appendFileSync(join(practices, readdirSync(practices)[0]!), '\nUna línea más.\n');
        await other.waitForTimeout(6_000);
        await expect(other.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(
          true,
        );
      } finally {
        await other.close();
        git('checkout', '--', 'content/practices');
      }
    },
  );

  it(
    'publishes a practice only after draft → in review → ready, by merging its branch into main',
    { timeout: 420_000 },
    async () => {
      expect(servers.branch).toBe('main');
      await page.goto(`${servers.site}/admin/`);
      await page.getByRole('button', { name: 'Iniciar sesión' }).click({ timeout: 180_000 });
      // The workflow board is there: the editor has the review workflow.
      await page.getByRole('link', { name: 'Flujo Editorial' }).first().waitFor();
      await page.goto(`${servers.site}/admin/#/collections/practices/new`);
      await page.getByLabel('Título', { exact: true }).waitFor({ timeout: 180_000 });
      await fillNewPractice();

      await page.getByRole('button', { name: 'Guardar', exact: true }).click();
      await page.getByText('Cambios guardados').first().waitFor();
      // A draft: on its own branch, not on main, not in the work tree the site is built from, not on the site.
      expect(git('branch', '--list', `cms/practices/${SLUG}`)).toContain(SLUG);
      expect(status()).toBe('decap-cms/draft');
      expect(onMain()).not.toContain(FILE);
      // decap-server reads a draft by checking its branch out for a moment; it always comes back to main.
      await expect
        .poll(() => `${git('branch', '--show-current')} ${existsSync(join(repo, FILE))}`, { timeout: 20_000 })
        .toBe('main false');
      // The dev server drops the entry once its watcher sees the file go, a moment after the checkout.
      await expect
        .poll(async () => (await fetch(`${servers.site}/practicas/${SLUG}/`)).status, { timeout: 20_000 })
        .toBe(404);

      await setStatus('En revisión');
      await expect.poll(status).toBe('decap-cms/pending_review');
      expect(onMain()).not.toContain(FILE);
      await setStatus('Lista');
      await expect.poll(status).toBe('decap-cms/pending_publish');
      expect(onMain()).not.toContain(FILE);

      await page.getByRole('button', { name: 'Publicar', exact: true }).click();
      await page.getByText('Publicar ahora', { exact: true }).click();
      await expect.poll(onMain, { timeout: 30_000 }).toContain(FILE);
      // Merged, and the branch is gone (decap-server deletes it just after the merge lands).
      await expect.poll(() => git('branch', '--list', 'cms/*'), { timeout: 30_000 }).toBe('');
      await expect.poll(() => git('status', '--porcelain'), { timeout: 30_000 }).toBe('');
      const saved = readFileSync(join(repo, FILE), 'utf8');
      expect(saved).toMatch(/^title: Cabildos abiertos por corregimiento$/m);

      // The check accepts it, and a build of main has its page.
      expect(checkContent(root, join(repo, 'content')).problems).toEqual([]);
      const out = join(repo, 'dist');
      buildContentTree(root, join(repo, 'content'), out, { NODE_ENV: 'production' });
      expect(readFileSync(join(out, 'practicas', SLUG, 'index.html'), 'utf8')).toContain(
        'Cabildos abiertos por corregimiento',
      );
    },
  );

  it(
    'refuses to start the admin on an editing server that serves another repository',
    { timeout: 180_000 },
    async () => {
      const other = mkdtempSync(join(tmpdir(), 'rt-cms-other-'));
      copyFixtureContent(join(other, 'content'));
      const stranger = await startEditingBackend({
        repositoryDir: other,
        mode: 'fs',
        policy: editingPolicy({ contentFolder: 'content', branch: 'main' }),
        port: await freePort(),
        // It even accepts this admin's origin: only the repository differs.
        siteOrigin: servers.site,
      });
      const admin = await browser.newPage();
      try {
        // As if the other checkout's server held the port this admin was told to use.
        await admin.route(`${servers.backend}`, (route) => route.continue({ url: stranger.url }));
        await admin.goto(`${servers.site}/admin/`);
        const alert = admin.locator('#cms-backend-refused');
        await alert.waitFor({ timeout: 180_000 });
        await expect(alert.textContent()).resolves.toMatch(/otro servidor/);
        await expect(admin.getByRole('button', { name: 'Iniciar sesión' }).count()).resolves.toBe(0);
      } finally {
        await admin.close();
        await stranger.stop();
        rmSync(other, { recursive: true, force: true });
      }
    },
  );
});
