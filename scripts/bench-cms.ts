/**
 * `npm run bench:cms`: how heavy and how fast the CMS is where Decap is known to be weak.
 * Builds the site against a generated corpus in a temporary folder (1,000 offers and all
 * 1,122 DIVIPOLA municipalities plus departments), serves the build with the local backend,
 * and prints: the admin page's compressed weight, what an editor's browser downloads on the first
 * visit (until the sign-in button), the packages that weigh most in the admin bundle (from the
 * record the bundler leaves, src/integrations/cms-bundle-build.ts), the load time, the time the
 * offer list takes to show, the time a relation over every territory takes to open and to find
 * a match, and the time from «Publicar ahora» to the check's verdict on an invalid offer.
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
import { readCmsRecord } from '../src/integrations/cms-bundle.ts';

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
  // Every municipality in DIVIPOLA, under its department (departments are already shipped). The
  // list sits beside the checkout; DIVIPOLA_CSV points elsewhere (a git worktree, for one).
  const territories = join(content, 'taxonomies/territories');
  const lines = readFileSync(process.env.DIVIPOLA_CSV ?? join(root, '../shared/data/divipola.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  for (const line of lines) {
    // Quoted fields hold commas («BOGOTÁ, D.C.»).
    const [department, , code, name] = [...line.matchAll(/"([^"]*)"|([^,]+)|(?<=,)(?=,|$)/g)].map(
      (m) => m[1] ?? m[2] ?? '',
    );
    const dept = department!.padStart(2, '0');
    const kind = /NO MUNICIPALIZADA/i.test(line) ? 'area-no-municipalizada' : 'municipio';
    writeFileSync(
      join(territories, `${code}.yaml`),
      `code: "${code}"\nname: ${JSON.stringify(name)}\nkind: ${kind}\ndepartment: "${dept}"\n`,
    );
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
    for (const m of text.toString().matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g))
      queue.push(new URL(m[1]!, `http://site.invalid${path}`).pathname);
  }
  return { bytes, files: seen.size + 1 };
}

async function main() {
  const territoryCount = generateCorpus();
  const backendPort = await freePort();
  const backend = `http://127.0.0.1:${backendPort}/api/v1`;
  const dist = join(temp, 'dist');
  const env = {
    ...process.env,
    CONTENT_DIR: content,
    CMS_LOCAL_BACKEND: backend,
    CMS_EDITORIAL_WORKFLOW: 'false',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  let started = Date.now();
  buildContentTree(root, content, dist, env);
  const buildSeconds = (Date.now() - started) / 1000;
  const weight = pageWeight(dist, 'admin/index.html');
  const publicWeight = pageWeight(dist, 'index.html');

  // Compressed, as hosts serve it: the first-load figure counts the bytes on the wire.
  const site = await serve(dist, { compress: true });
  // The editing server `npm run cms` uses (the guard in front of decap-server), answering this site only.
  const decap = await startEditingBackend({
    repositoryDir: temp,
    mode: 'fs',
    policy: editingPolicy({ contentFolder: 'content', branch: process.env.CMS_BRANCH ?? 'main' }),
    port: backendPort,
    siteOrigin: new URL(site.url).origin,
  });
  const browser = await launchBrowser();
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(180_000);
    // Everything the browser fetches until the sign-in button shows, as transferred (gzip where the host compresses).
    const firstLoad: Promise<number>[] = [];
    const onResponse = (response: import('playwright-core').Response) => {
      firstLoad.push(
        response
          .request()
          .sizes()
          .then(
            (sizes) => sizes.responseBodySize,
            () => 0,
          ),
      );
    };
    page.on('response', onResponse);
    started = Date.now();
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
    const loadMs = Date.now() - started;
    page.off('response', onResponse);
    const firstLoadBytes = (await Promise.all(firstLoad)).reduce((a, b) => a + b, 0);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByText('Ordenar por').first().waitFor();

    started = Date.now();
    await page.evaluate(() => (window.location.hash = '#/collections/offers'));
    await page
      .getByText(/Oferta de prueba número \d+/)
      .first()
      .waitFor();
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
    await page
      .getByRole('option', { name: /quibdó/i })
      .first()
      .waitFor();
    const relationSearchMs = Date.now() - started;

    // The check before saving (cms/validation.ts): an offer made invalid, «Publicar ahora», the
    // check's message on the field. Its code is a chunk loaded after the admin starts.
    // Loaded afresh: moving by hash from the unsaved new practice leaves Decap's offer form empty.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('about:blank');
    await page.goto(`${site.url}/admin/#/collections/offers/entries/oferta-de-prueba-1`);
    const channel = page.getByLabel(label('offers', 'howToRequest.channel'), { exact: true });
    await channel.waitFor();
    // A plain fill may add to what Decap's field keeps: clear it until it holds only the new text.
    while ((await channel.inputValue()) !== 'no es una url') {
      await channel.fill('');
      await channel.fill('no es una url');
    }
    started = Date.now();
    await page.getByRole('button', { name: 'Publicar', exact: true }).click();
    await page.getByText('Publicar ahora', { exact: true }).click();
    await page.getByText('Escriba una dirección web completa').first().waitFor();
    const verdictMs = Date.now() - started;
    const verdictChunk = readdirSync(join(dist, 'admin/cms')).find((f) => f.startsWith('entry-verdict-'));
    const verdictBytes = verdictChunk ? gzipSync(readFileSync(join(dist, 'admin/cms', verdictChunk))).length : 0;

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(
      `Corpus: ${OFFERS} ofertas de prueba, ${territoryCount} territorios (build ${buildSeconds.toFixed(1)} s)`,
    );
    console.log(`Página /admin/: ${kb(weight.bytes)} comprimidos (gzip) en ${weight.files} archivos`);
    console.log(
      `Primera carga de /admin/ (todo lo descargado hasta el botón de ingreso): ${kb(firstLoadBytes)} en ${firstLoad.length} archivos`,
    );
    const packages = Object.entries(readCmsRecord(root)?.packages ?? {}).slice(0, 8);
    if (packages.length)
      console.log(
        `Lo que más pesa en el paquete del CMS (sin comprimir ni minificar): ${packages.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`,
      );
    console.log(
      `Página de inicio (referencia): ${kb(publicWeight.bytes)} comprimidos en ${publicWeight.files} archivos`,
    );
    console.log(`Carga de /admin/ hasta el botón de ingreso: ${loadMs} ms`);
    console.log(`Lista de ${OFFERS} ofertas visible: ${listMs} ms`);
    console.log(`Relación sobre ${territoryCount} territorios, abrir opciones: ${relationOpenMs} ms`);
    console.log(`Relación sobre ${territoryCount} territorios, buscar «Quibd»: ${relationSearchMs} ms`);
    console.log(`De «Publicar ahora» al veredicto en el campo (oferta inválida): ${verdictMs} ms`);
    console.log(`Código del veredicto, cargado después del inicio: ${kb(verdictBytes)} comprimidos`);
  } finally {
    await browser.close();
    await site.close();
    await decap.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
