/**
 * Measures /buscar in headless Chromium on WebPageTest's 3G profile (1.6 Mbps down, 768 kbps
 * up, 300 ms RTT, set through the DevTools protocol): what the page downloads before the
 * reader searches, and for each query the bytes and time until the first result is shown.
 * Each query runs in a fresh browser context, so nothing comes from cache; one more query is a
 * returning reader's, whose browser kept what the site's _headers let it keep. The site is served
 * as a host would serve it: compressed text, its _headers, validators for revalidation.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { serve } from '../../test/helpers/static-server.ts';
import { t } from '../../src/i18n/index.ts';
import { collections } from '../../src/schemas/index.ts';

export const THREE_G = {
  offline: false,
  latency: 300,
  downloadThroughput: (1.6e6 / 8) | 0,
  uploadThroughput: (768e3 / 8) | 0,
};

export interface QueryMeasure {
  name: string;
  /** Compressed bytes of the responses from the reader's action to the first result shown (bodies; see measure()). */
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
  /** Not one of the targets' three queries: what a reader who searched before downloads. */
  returning: QueryMeasure;
  /**
   * Not one of the targets' measures either: the two-word query typed at five characters a
   * second, timed from the press of «Buscar» (bytes still from the first keystroke). The search
   * starts loading when the reader focuses the box, so typing hides part of the wait.
   */
  typed: QueryMeasure;
}

/**
 * The results of the reader's latest search are on screen: the status no longer says
 * «Buscando…» and the list has an item. Waiting for an item alone stopped the clock at once
 * when a list from an earlier search (the typed query's partial words) was still showing.
 */
function firstResultShown(page: Page) {
  return page.waitForFunction(
    (loading) =>
      document.querySelector('[data-status]')?.textContent !== loading &&
      document.querySelector('[data-results] li') !== null,
    t('search.loading'),
    { timeout: 120_000, polling: 'raf' },
  );
}

/** `restartClock`: for a measure timed from a later step of the action than its start. */
type Act = (page: Page, restartClock: () => void) => Promise<void>;

/** `before`: a search the same reader made on an earlier visit, so the browser's cache holds what it kept. */
async function measure(browser: Browser, base: string, name: string, act: Act, before?: Act) {
  const context = await browser.newContext({ locale: 'es-CO' });
  const page = await context.newPage();
  if (before) {
    await page.goto(`${base}/buscar/`, { waitUntil: 'networkidle' });
    await before(page, () => {});
    await firstResultShown(page);
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THREE_G);
  type Phase = 'load' | 'query' | 'done';
  let phase = 'load' as Phase;
  const bytes = { load: 0, query: 0, done: 0 };
  const requests = { load: 0, query: 0, done: 0 };
  const searchBeforeUse: string[] = [];
  const urls = new Map<string, string>();
  const transfers: { path: string; bytes: number }[] = [];
  // A response counts for the phase its request was sent in: what the page asks for after the
  // first result is shown (the filter counts' chunks) is not part of the wait for it.
  const sentIn = new Map<string, Phase>();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests[phase]++;
    sentIn.set(e.requestId, phase);
    urls.set(e.requestId, new URL(e.request.url).pathname);
    if (phase === 'load' && e.request.url.includes('/pagefind/')) searchBeforeUse.push(e.request.url);
  });
  // Bodies only: HTTP/2 hosts compress repeated headers to a few bytes, while this HTTP/1.1
  // server would count the site's security headers (~1 KB) again on every response.
  const headerBytes = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => headerBytes.set(e.requestId, e.response.encodedDataLength));
  cdp.on('Network.loadingFinished', (e) => {
    const body = Math.max(0, e.encodedDataLength - (headerBytes.get(e.requestId) ?? 0));
    const sent = sentIn.get(e.requestId) ?? phase;
    bytes[sent] += body;
    if (sent === 'query') transfers.push({ path: urls.get(e.requestId) ?? '?', bytes: body });
  });
  await page.goto(`${base}/buscar/`, { waitUntil: 'networkidle' });
  phase = 'query';
  let started = performance.now();
  await act(page, () => (started = performance.now()));
  await firstResultShown(page);
  const ms = Math.round(performance.now() - started);
  phase = 'done';
  // Let the protocol deliver the last loadingFinished events of the responses just used.
  await page.waitForTimeout(500);
  const results = (await page.getByRole('status').textContent()) ?? '';
  await context.close();
  return {
    load: bytes.load,
    beforeUse: searchBeforeUse.length,
    query: { name, bytes: bytes.query, ms, requests: requests.query, results, transfers },
  };
}

export async function measureSearch(siteDir: string): Promise<SearchMeasures> {
  const site = await serve(siteDir, { applyHeadersFile: true, compress: true });
  const browser = await launchBrowser();
  try {
    const box = (page: Page) => page.getByRole('searchbox', { name: t('search.label') });
    const submit = (page: Page) => page.getByRole('button', { name: t('search.submit'), exact: true }).click();
    const oneWord = {
      name: 'una palabra: «gestion»',
      act: async (page: Page) => {
        await box(page).fill('gestion');
        await submit(page);
      },
    };
    const twoWords = {
      name: 'dos palabras y un filtro: «rendicion cuentas» en Chocó',
      act: async (page: Page) => {
        // Choose the department without triggering its own search, then search once.
        await page.locator('select[name=departamento]').evaluate((s: HTMLSelectElement) => (s.value = 'Chocó'));
        await box(page).fill('rendicion cuentas');
        await submit(page);
      },
    };
    const runs = [
      await measure(browser, site.url, oneWord.name, oneWord.act),
      await measure(browser, site.url, twoWords.name, twoWords.act),
      await measure(browser, site.url, `solo un filtro: tipo «${collections.offers.labelSingular}»`, async (page) => {
        await page
          .getByRole('combobox', { name: t('search.filter.tipo') })
          .selectOption(collections.offers.labelSingular);
      }),
    ];
    const typed = await measure(
      browser,
      site.url,
      `${twoWords.name}, tecleada a 5 caracteres por segundo, desde «${t('search.submit')}»`,
      async (page, restartClock) => {
        await page.locator('select[name=departamento]').evaluate((s: HTMLSelectElement) => (s.value = 'Chocó'));
        await box(page).pressSequentially('rendicion cuentas', { delay: 200 });
        restartClock();
        await submit(page);
      },
    );
    // The same two-word query, by a reader who searched once before: what caching saves.
    const returning = await measure(
      browser,
      site.url,
      `${twoWords.name}, con la caché de una búsqueda anterior («gestion»)`,
      twoWords.act,
      oneWord.act,
    );
    return {
      pageLoadBytes: Math.max(...runs.map((r) => r.load)),
      searchRequestsBeforeUse: runs.reduce((n, r) => n + r.beforeUse, 0),
      queries: runs.map((r) => r.query),
      returning: returning.query,
      typed: typed.query,
    };
  } finally {
    await browser.close();
    await site.close();
  }
}
