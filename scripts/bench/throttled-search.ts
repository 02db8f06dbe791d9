/**
 * Measures /buscar in headless Chromium on WebPageTest's 3G profile (1.6 Mbps down, 768 kbps
 * up, 300 ms RTT, set through the DevTools protocol): what the page downloads before the
 * reader searches, and for each query the bytes and time until the first result is shown.
 * Each query runs in a fresh browser context, so nothing comes from cache.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { t } from '../../src/i18n/index.ts';
import { collections } from '../../src/schemas/index.ts';

export const THREE_G = { offline: false, latency: 300, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (768e3 / 8) | 0 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static host that compresses text like any real one; Pagefind's own files are already gzipped. */
async function serveCompressed(dir: string) {
  const server = createServer((req, res) => {
    const clean = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, clean);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)];
    if (type && /gzip/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' });
      createReadStream(file).pipe(createGzip({ level: 9 })).pipe(res);
    } else {
      res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export interface QueryMeasure {
  name: string;
  /** Compressed bytes transferred from the reader's action to the first result shown. */
  bytes: number;
  ms: number;
  requests: number;
  results: string;
  /** Each response used for the first results: path and compressed bytes. */
  transfers: { path: string; bytes: number }[];
}

export interface SearchMeasures {
  pageLoadBytes: number;
  searchRequestsBeforeUse: number;
  queries: QueryMeasure[];
}

async function measure(browser: Browser, base: string, name: string, act: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ locale: 'es-CO' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THREE_G);
  let phase: 'load' | 'query' | 'done' = 'load';
  const bytes = { load: 0, query: 0, done: 0 };
  const requests = { load: 0, query: 0, done: 0 };
  const searchBeforeUse: string[] = [];
  const urls = new Map<string, string>();
  const transfers: { path: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    requests[phase]++;
    urls.set(e.requestId, new URL(e.request.url).pathname);
    if (phase === 'load' && e.request.url.includes('/pagefind/')) searchBeforeUse.push(e.request.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    bytes[phase] += e.encodedDataLength;
    if (phase === 'query') transfers.push({ path: urls.get(e.requestId) ?? '?', bytes: e.encodedDataLength });
  });
  await page.goto(`${base}/buscar/`, { waitUntil: 'networkidle' });
  phase = 'query';
  const started = performance.now();
  await act(page);
  await page.waitForSelector('[data-results] li', { timeout: 120_000 });
  const ms = Math.round(performance.now() - started);
  // Let the protocol deliver the last loadingFinished events of the responses just used.
  await page.waitForTimeout(500);
  phase = 'done';
  const results = (await page.getByRole('status').textContent()) ?? '';
  await context.close();
  return { load: bytes.load, beforeUse: searchBeforeUse.length, query: { name, bytes: bytes.query, ms, requests: requests.query, results, transfers } };
}

export async function measureSearch(siteDir: string): Promise<SearchMeasures> {
  const site = await serveCompressed(siteDir);
  const browser = await launchBrowser();
  try {
    const box = (page: Page) => page.getByRole('searchbox', { name: t('search.label') });
    const submit = (page: Page) => page.getByRole('button', { name: t('search.submit'), exact: true }).click();
    const runs = [
      await measure(browser, site.url, 'una palabra: «gestion»', async (page) => {
        await box(page).fill('gestion');
        await submit(page);
      }),
      await measure(browser, site.url, 'dos palabras y un filtro: «rendicion cuentas» en Chocó', async (page) => {
        // Choose the department without triggering its own search, then search once.
        await page.locator('select[name=departamento]').evaluate((s: HTMLSelectElement) => (s.value = 'Chocó'));
        await box(page).fill('rendicion cuentas');
        await submit(page);
      }),
      await measure(browser, site.url, `solo un filtro: tipo «${collections.offers.labelSingular}»`, async (page) => {
        await page.getByRole('combobox', { name: t('search.filter.tipo') }).selectOption(collections.offers.labelSingular);
      }),
    ];
    return {
      pageLoadBytes: Math.max(...runs.map((r) => r.load)),
      searchRequestsBeforeUse: runs.reduce((n, r) => n + r.beforeUse, 0),
      queries: runs.map((r) => r.query),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
