/**
 * `npm run bench:3g`: first and largest contentful paint of one page per template, loaded in
 * Chromium over an emulated 3G link (WebPageTest's "3G": 1.6 Mbps down, 768 kbps up,
 * 300 ms round trip), cache disabled. Prints the median of RUNS loads (default 3).
 */
import { templatePages } from '../test/e2e/templates.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serve } from '../test/helpers/static-server.ts';
import { buildUnlessSkipped, dist } from './build-for-bench.ts';
import { THREE_G } from './bench/throttled-search.ts';

const RUNS = Number(process.env.RUNS ?? 3);

buildUnlessSkipped();
const site = await serve(dist, { applyHeadersFile: true, compress: true });
const browser = await launchBrowser();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function load(path: string): Promise<{ fcp: number; lcp: number; bytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', THREE_G);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  // The observers are registered by the browser harness (CDP), so the CSP does not apply to them.
  await page.addInitScript(() => {
    const w = window as unknown as { paints: { fcp: number; lcp: number } };
    w.paints = { fcp: NaN, lcp: NaN };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') w.paints.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.paints.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(site.url + path, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(300);
  const paints = await page.evaluate(() => (window as unknown as { paints: { fcp: number; lcp: number } }).paints);
  await context.close();
  return { ...paints, bytes };
}

try {
  const rows: string[][] = [];
  for (const path of templatePages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await load(path));
    rows.push([
      path,
      median(runs.map((r) => r.fcp)).toFixed(0),
      median(runs.map((r) => r.lcp)).toFixed(0),
      (median(runs.map((r) => r.bytes)) / 1024).toFixed(1),
    ]);
    console.error(`  ${path}`);
  }
  const header = ['template page', 'FCP ms', 'LCP ms', 'KB transferred'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`\n3G (1.6 Mbps down, 768 kbps up, 300 ms RTT), cache off, median of ${RUNS} loads:\n`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
} finally {
  await browser.close();
  await site.close();
}
