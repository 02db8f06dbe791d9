/**
 * `npm run bench:cms`: how heavy and how fast the CMS is where Decap is known to be weak.
 * Builds the site against a generated corpus in a temporary folder (1,000 offers and all
 * 1,122 DIVIPOLA municipalities plus departments), serves the build with the local backend,
 * and prints: the admin page's compressed weight and load time, the time the offer list takes
 * to show, and the time a relation over every territory takes to open and to find a match.
 * Not part of `npm test`; numbers depend on the machine.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { label } from '../src/derive/labels.ts';
import { launchBrowser } from '../test/helpers/browser.ts';
import { serve } from '../test/helpers/static-server.ts';
import { freePort } from './cms-servers.ts';
import { startEditingBackend } from '../src/cms-server/guard.ts';
import { editingPolicy } from '../src/cms-server/policy.ts';
import { buildContentTree } from './build-content-tree.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const OFFERS = 1000;
const temp = mkdtempSync(join(tmpdir(), 'rt-bench-cms-'));
const content = join(temp, 'content');

function generateCorpus() {
  cpSync(join(root, 'content'), content, { recursive: true });
  // 1,000 offers: variations of a real one, so every field is valid.
  const template = readFileSync(join(content, 'offers/acompanamiento-rendicion-de-cuentas.mdx'), 'utf8');
  for (let i = 1; i <= OFFERS; i++) {
    const text = template.replace(/^title: .*$/m, `title: Oferta de prueba número ${i}`);
    writeFileSync(join(content, `offers/oferta-de-prueba-${i}.mdx`), text);
  }
  // Every municipality in DIVIPOLA, under its department (departments are already shipped).
  const territories = join(content, 'taxonomies/territories');
  const lines = readFileSync(join(root, '../shared/data/divipola.csv'), 'utf8').trim().split('\n').slice(1);
  for (const line of lines) {
    // Quoted fields hold commas («BOGOTÁ, D.C.»).
    const [department, , code, name] = [...line.matchAll(/"([^"]*)"|([^,]+)|(?<=,)(?=,|$)/g)].map((m) => m[1] ?? m[2] ?? '');
    const dept = department!.padStart(2, '0');
    const kind = /NO MUNICIPALIZADA/i.test(line) ? 'area-no-municipalizada' : 'municipio';
    writeFileSync(join(territories, `${code}.yaml`), `code: "${code}"\nname: ${JSON.stringify(name)}\nkind: ${kind}\ndepartment: "${dept}"\n`);
  }
  return readdirSync(territories).length;
}

/** Compressed bytes of a page and every script and stylesheet it loads, following static imports. */
function pageWeight(dist: string, page: string) {
  const html = readFileSync(join(dist, page), 'utf8');
  const seen = new Set<string>();
  // Local files anywhere: Astro's chunks in /_astro/, the admin bundle in /admin/cms/.
  const queue = [...html.matchAll(/(?:src|href)="(\/[^"/][^"]*\.(?:js|css))"/g)].map((m) => m[1]!);
  let bytes = gzipSync(html).length;
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const text = readFileSync(join(dist, path));
    bytes += gzipSync(text).length;
    for (const m of text.toString().matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(new URL(m[1]!, `http://site.invalid${path}`).pathname);
  }
  return { bytes, files: seen.size + 1 };
}

async function main() {
  const territoryCount = generateCorpus();
  const backendPort = await freePort();
  const backend = `http://127.0.0.1:${backendPort}/api/v1`;
  const dist = join(temp, 'dist');
  const env = { ...process.env, CONTENT_DIR: content, CMS_LOCAL_BACKEND: backend, CMS_EDITORIAL_WORKFLOW: 'false', ASTRO_TELEMETRY_DISABLED: '1' };
  let started = Date.now();
  buildContentTree(root, content, dist, env);
  const buildSeconds = (Date.now() - started) / 1000;
  const weight = pageWeight(dist, 'admin/index.html');
  const publicWeight = pageWeight(dist, 'index.html');

  const site = await serve(dist);
  // The editing server `npm run cms` uses (the guard in front of decap-server), answering this site only.
  const decap = await startEditingBackend({
    repositoryDir: temp,
    mode: 'fs',
    policy: editingPolicy({ contentFolder: 'content', branch: process.env.CMS_BRANCH ?? 'main' }),
    port: backendPort,
    siteOrigin: new URL(site.url).origin,
  });  const browser = await launchBrowser();
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(180_000);
    started = Date.now();
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
    const loadMs = Date.now() - started;
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByText('Ordenar por').first().waitFor();

    started = Date.now();
    await page.evaluate(() => (window.location.hash = '#/collections/offers'));
    await page.getByText(/Oferta de prueba número \d+/).first().waitFor();
    const listMs = Date.now() - started;

    await page.evaluate(() => (window.location.hash = '#/collections/practices/new'));
    const territories = page.getByLabel(label('practices', 'territories'), { exact: true });
    await territories.waitFor();
    started = Date.now();
    await territories.click({ force: true });
    await page.getByRole('option').first().waitFor();
    const relationOpenMs = Date.now() - started;
    started = Date.now();
    await territories.fill('Quibd');
    // DANE writes names in capitals («QUIBDÓ»), and the corpus keeps them as given.
    await page.getByRole('option', { name: /quibdó/i }).first().waitFor();
    const relationSearchMs = Date.now() - started;

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`Corpus: ${OFFERS} ofertas de prueba, ${territoryCount} territorios (build ${buildSeconds.toFixed(1)} s)`);
    console.log(`Página /admin/: ${kb(weight.bytes)} comprimidos (gzip) en ${weight.files} archivos`);
    console.log(`Página de inicio (referencia): ${kb(publicWeight.bytes)} comprimidos en ${publicWeight.files} archivos`);
    console.log(`Carga de /admin/ hasta el botón de ingreso: ${loadMs} ms`);
    console.log(`Lista de ${OFFERS} ofertas visible: ${listMs} ms`);
    console.log(`Relación sobre ${territoryCount} territorios, abrir opciones: ${relationOpenMs} ms`);
    console.log(`Relación sobre ${territoryCount} territorios, buscar «Quibd»: ${relationSearchMs} ms`);
  } finally {
    await browser.close();
    await site.close();
    await decap.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
