/**
 * Identified demand on a reader's phone (390×844), with JavaScript on and off: on /demanda/ a
 * need no offer, agenda or plan names appears as «Sin oferta», and the counts add up (the
 * status facet sums to the total, its «Sin oferta» value lists exactly those needs, and each
 * theme's row of the table counts its needs and those without offer). The expected sets come
 * from the content files. Then a copy of the content where an offer names that need is built
 * (CONTENT_DIR), and the need has moved to «Con oferta».
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { contentDir, readEntries } from '../helpers/content-files.ts';
import { jsModes, phoneContext, tapLink } from '../helpers/reader-phone.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import { serve } from '../helpers/static-server.ts';
import { t } from '../../src/i18n/index.ts';
import { BUILD_DATE } from './global-setup.ts';

type Named = { needs?: string[] };
type Need = { title: string; themes: string[] };

const built = useBuiltSite();
const needs = readEntries<Need>('needs');
const named = new Set(
  ['offers', 'agendas', 'plans'].flatMap((folder) => readEntries<Named>(folder).flatMap((e) => e.data.needs ?? [])),
);
const withoutOffer = needs.filter((n) => !named.has(n.id));
const unanswered = withoutOffer[0]!;
const inPlan = readEntries<Named>('plans').flatMap((p) => p.data.needs ?? [])[0];

const number = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const statusOptions = (page: Page) =>
  page.locator('[data-facet="estado"] a').evaluateAll((as) =>
    as.map((a) => ({
      value: (a as HTMLElement).dataset.value!,
      count: Number(a.querySelector('[data-count]')!.textContent!.replace(/\D/g, '')),
      href: (a as HTMLAnchorElement).getAttribute('href')!,
    })),
  );
const listed = (page: Page) =>
  page
    .locator('.demand-results .card h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());

describe('/demanda/ on a phone', () => {
  it('has demo needs with and without offer', () => {
    expect(needs.length).toBeGreaterThanOrEqual(8);
    expect(withoutOffer.length).toBeGreaterThan(0);
    expect(withoutOffer.length).toBeLessThan(needs.length);
  });

  for (const mode of jsModes) {
    it(`finds a need without offer, with counts that add up (${mode.name})`, async () => {
      const context = await phoneContext(built.browser, mode.javaScriptEnabled);
      const { page, errors, status } = await built.open(context, '/demanda/');
      expect(status).toBe(200);
      expect(number(await page.locator('[data-total]').textContent())).toBe(needs.length);
      expect(number(await page.locator('.demand-results [data-without-offer]').textContent())).toBe(
        withoutOffer.length,
      );
      // Read as a sentence: «10 necesidades · 4 sin oferta», with its spaces.
      expect((await page.locator('.demand-results [data-status]').innerText()).replace(/\s+/g, ' ').trim()).toBe(
        `${t('demand.count', { n: needs.length })} · ${t('demand.withoutOfferCount', { n: withoutOffer.length })}`,
      );
      expect(await listed(page)).toEqual(needs.map((n) => `/demanda/${n.id}/`).sort());

      const statuses = await statusOptions(page);
      expect(statuses.reduce((sum, s) => sum + s.count, 0)).toBe(needs.length);
      expect(statuses.find((s) => s.value === 'sin-oferta')?.count).toBe(withoutOffer.length);

      // Each theme's row: its needs, and those without offer, as the content says.
      const rows = await page.locator('[data-demand-table] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => {
          const total = tr.querySelector('td:last-child') as HTMLElement;
          return {
            theme: (tr as HTMLElement).dataset.theme!,
            needs: Number(total.dataset.needs),
            without: Number(total.dataset.withoutOffer),
          };
        }),
      );
      const themes = [...new Set(needs.flatMap((n) => n.data.themes))].sort();
      expect(rows.map((r) => r.theme).sort()).toEqual(themes);
      for (const row of rows) {
        expect(row.needs, row.theme).toBe(needs.filter((n) => n.data.themes.includes(row.theme)).length);
        expect(row.without, row.theme).toBe(withoutOffer.filter((n) => n.data.themes.includes(row.theme)).length);
      }

      // The filters fold on a phone; open them, then choose «Sin oferta».
      await page.locator('.demand-fold > summary').tap();
      await tapLink(page, page.locator('[data-facet="estado"] a[data-value="sin-oferta"]'));
      expect(new URL(page.url()).pathname).toBe('/demanda/estado/sin-oferta/');
      expect(await listed(page)).toEqual(withoutOffer.map((n) => `/demanda/${n.id}/`).sort());

      await tapLink(page, page.locator(`.demand-results a[href="/demanda/${unanswered.id}/"]`));
      await expect(page.locator('[data-need-status]').getAttribute('data-need-status')).resolves.toBe('sin-oferta');
      expect(await page.locator('[data-need-status]').textContent()).toContain(t('demand.status.sin-oferta'));
      expect(await page.locator('[data-chain]').textContent()).toContain(t('demand.chainEmpty'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('a need with a plan shows the chain: offers, agenda, plan and what they produced', async () => {
    const planned = readEntries<Named & { title: string }>('plans').find((p) => (p.data.needs ?? []).length > 0);
    expect(planned).toBeDefined();
    const needId = planned!.data.needs![0]!;
    const context = await phoneContext(built.browser, false);
    const { page } = await built.open(context, `/demanda/${needId}/`);
    expect(await page.locator('[data-need-status]').getAttribute('data-need-status')).toMatch(
      /^(en-plan|plan-finalizado)$/,
    );
    expect(await page.locator(`[data-chain-group="plans"] a[href="/planes/${planned!.id}/"]`).count()).toBe(1);
    const offers = readEntries<Named>('offers')
      .filter((o) => o.data.needs?.includes(needId))
      .map((o) => `/oferta/${o.id}/`);
    const shownOffers = await page
      .locator('[data-chain-group="offers"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(shownOffers.sort()).toEqual(offers.sort());
    await context.close();
  });
});

describe('the demand pages meet WCAG 2.1 A/AA (axe-core)', () => {
  for (const path of [
    '/demanda/',
    '/demanda/estado/sin-oferta/',
    `/demanda/${unanswered.id}/`,
    `/demanda/${inPlan}/`,
  ]) {
    it(path, async () => {
      const context = await phoneContext(built.browser, true);
      const { page, status } = await built.open(context, path);
      expect(status).toBe(200);
      const violations = await axeViolations(page);
      expect(violations, formatViolations(path, violations)).toEqual([]);
      await context.close();
    });
  }
});

describe('needs as open data', () => {
  it('publishes every need with its computed status in CSV, JSON, JSON Schema and the DCAT catalogue', async () => {
    const get = async (path: string) => {
      const response = await fetch(built.url + path);
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const records = JSON.parse(await get('/datos/needs.json')) as { id: string; answerStatus: string }[];
    expect(records.map((r) => r.id).sort()).toEqual(needs.map((n) => n.id).sort());
    for (const r of records)
      expect(r.answerStatus, r.id).toEqual(named.has(r.id) ? expect.not.stringMatching(/^sin-oferta$/) : 'sin-oferta');
    const schema = JSON.parse(await get('/datos/needs.schema.json')) as {
      properties: Record<string, { enum?: string[] }>;
    };
    expect(schema.properties.answerStatus?.enum).toEqual([
      'sin-oferta',
      'con-oferta',
      'en-agenda',
      'en-plan',
      'plan-finalizado',
    ]);
    const csv = await get('/datos/needs.csv');
    expect(csv.split('\n')[0]).toContain('answerStatus');
    expect(csv).toContain(unanswered.id);
    const catalogue = JSON.parse(await get('/datos/catalogo.json')) as {
      'dcat:dataset': { 'dct:identifier': string }[];
    };
    expect(catalogue['dcat:dataset'].map((d) => d['dct:identifier'])).toContain('needs');
  });
});

describe('linking a need from an offer, then building', () => {
  const work = mkdtempSync(join(tmpdir(), 'demanda-'));
  const content = join(work, 'content');
  const out = join(work, 'dist');
  let site: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

  beforeAll(async () => {
    cpSync(contentDir, content, { recursive: true });
    const offer = readEntries<Named>('offers').find((o) => !(o.data.needs ?? []).length)!;
    const file = join(content, 'offers', `${offer.id}.mdx`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^status: published$/m, `needs:\n  - ${unanswered.id}\nstatus: published`),
    );
    // Astro writes the content's image imports into the project's .astro/ whatever the cache:
    // what the copy's build leaves there is put back, so the next build of the real site is unaffected.
    const root = join(import.meta.dirname, '../..');
    const dotAstro = join(root, '.astro');
    const saved = join(work, 'dot-astro');
    if (existsSync(dotAstro)) cpSync(dotAstro, saved, { recursive: true });
    try {
      execFileSync('npx', ['tsx', 'test/helpers/astro-build.ts', out, join(work, 'astro-cache')], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, CONTENT_DIR: content, BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    } finally {
      rmSync(dotAstro, { recursive: true, force: true });
      if (existsSync(saved)) cpSync(saved, dotAstro, { recursive: true });
    }
    [site, browser] = await Promise.all([serve(out), launchBrowser()]);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the need moves to «Con oferta» and out of «Sin oferta»', async () => {
    const context = await phoneContext(browser!, false);
    const page = await context.newPage();
    await page.goto(`${site!.url}/demanda/${unanswered.id}/`);
    expect(await page.locator('[data-need-status]').getAttribute('data-need-status')).toBe('con-oferta');
    expect(await page.locator('[data-need-status]').textContent()).toContain(t('demand.status.con-oferta'));
    await page.goto(`${site!.url}/demanda/`);
    expect((await statusOptions(page)).find((s) => s.value === 'sin-oferta')?.count ?? 0).toBe(withoutOffer.length - 1);
    const records = (await (await fetch(`${site!.url}/datos/needs.json`)).json()) as {
      id: string;
      answerStatus: string;
    }[];
    expect(records.find((r) => r.id === unanswered.id)?.answerStatus).toBe('con-oferta');
    await context.close();
  });
});
