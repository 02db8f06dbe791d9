/**
 * `npm run bench:weight`: the weight of one page per template (test/e2e/templates.ts), against
 * the budgets of src/audit/page-weight.ts, plus the heaviest page of the whole site.
 */
import { join } from 'node:path';
import { readBuiltSite } from '../src/audit/built-site.ts';
import { readChunkOrigins } from '../src/audit/chunk-origins.ts';
import { budgets, checkBudgets, measurePage, type PageWeight } from '../src/audit/page-weight.ts';
import { templatePages } from '../test/e2e/templates.ts';
import { buildUnlessSkipped, dist, root } from './build-for-bench.ts';

buildUnlessSkipped();
const pages = readBuiltSite(dist);
const byPath = new Map(pages.map((p) => [p.path, p]));
const origins = readChunkOrigins(join(root, 'node_modules/.astro'), dist);
const problems = checkBudgets(dist, pages, origins);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const header = [
  'template page',
  'HTML gz',
  'HTML br',
  'blocking CSS gz',
  'blocking CSS br',
  'own JS gz',
  '3rd-party JS gz',
  'images',
  'budgets',
];
const row = (w: PageWeight) => [
  w.path + (w.island ? ' (island)' : ''),
  kb(w.html.gzip),
  kb(w.html.brotli),
  kb(w.renderBlockingCss.gzip),
  kb(w.renderBlockingCss.brotli),
  kb(w.ownJs.gzip),
  kb(w.thirdPartyJs.gzip),
  String(w.images),
  problems.some((p) => p.page === w.path) ? 'OVER' : 'ok',
];
const rows = templatePages.flatMap((path) => {
  const page = byPath.get(path) ?? (path === '/no-existe/' ? byPath.get('/404.html') : undefined);
  return page ? [row(measurePage(dist, page, origins))] : [[path, 'not built', '', '', '', '', '', '', '']];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
console.log(
  `Sizes in KB (1 KB = 1024 bytes). Budgets: blocking CSS ≤ ${kb(budgets.renderBlockingCss)} gz; practice page HTML+CSS ≤ ${kb(budgets.practicePage)} gz; content pages 0 JS; islands ≤ ${kb(budgets.islandJs)} gz of own JS.\n`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const all = pages.map((p) => measurePage(dist, p, origins));
const heaviest = (pick: (w: PageWeight) => number) => all.reduce((a, b) => (pick(b) > pick(a) ? b : a));
const css = heaviest((w) => w.renderBlockingCss.gzip);
const html = heaviest((w) => w.htmlAndCss.gzip);
console.log(
  `\nWhole site: ${pages.length} pages; heaviest blocking CSS ${kb(css.renderBlockingCss.gzip)} KB gz (${css.path}); heaviest HTML+CSS ${kb(html.htmlAndCss.gzip)} KB gz (${html.path}); ${problems.length} budget problem(s).`,
);
for (const p of problems) console.log(`  ${p.page} [${p.check}] ${p.message}`);
if (problems.length) process.exitCode = 1;
