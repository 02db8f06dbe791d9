/**
 * `npm run bench:search [-- N]`: builds a synthetic portal of N entries (10,000 by default) in
 * a temporary folder and measures what the issue asks: time and peak memory of the content
 * check, content sync, Astro build and Pagefind indexing, each on its own; the index size;
 * and in throttled Chromium the bytes and time to the first results of three queries.
 * Prints the figures and writes them as JSON (BENCH_OUT, or results.json in the temp folder).
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench/corpus.ts';
import { writeNeeds } from './bench/needs-corpus.ts';
import { writePlaces } from './bench/places-corpus.ts';
import { measureSearch, THREE_G } from './bench/throttled-search.ts';
import { buildError, BenchStepFailed } from '../src/core/errors/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = Number(process.argv[2] ?? 10_000);
const work = process.env.BENCH_DIR ?? join(tmpdir(), 'red-territorial-bench');
const project = join(work, 'project');
// Inside the project copy: Astro resolves content images only within the project root.
const corpus = join(project, 'corpus');
const out = process.env.BENCH_OUT ?? join(work, 'results.json');

interface Step {
  seconds: number;
  peakMB: number;
}

/** Runs a command under GNU time: wall seconds and the peak resident memory of its process tree's largest member. */
function timed(label: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Step {
  const report = join(work, `${label}.time`);
  console.log(`… ${label}`);
  // The step's own output goes to <label>.log next to the results, for finding what dominates.
  const log = openSync(join(work, `${label}.log`), 'w');
  const run = spawnSync('/usr/bin/time', ['-o', report, '-f', '%e %M', process.execPath, ...args], {
    cwd,
    env,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  if (run.status !== 0) throw buildError(BenchStepFailed, label, String(run.status), join(work, `${label}.log`));
  const [seconds, kb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: seconds!, peakMB: Math.round(kb! / 1024) };
}

/** The heaviest HTML page of the site, raw and compressed: lists must not grow with the content. */
function largestPage(dist: string): { path: string; bytes: number; gzipBytes: number } {
  let largest = { file: '', bytes: -1 };
  for (const file of readdirSync(dist, { recursive: true }) as string[]) {
    if (!file.endsWith('.html')) continue;
    const bytes = statSync(join(dist, file)).size;
    if (bytes > largest.bytes) largest = { file, bytes };
  }
  return {
    path: `/${largest.file.replace(/index\.html$/, '')}`,
    bytes: largest.bytes,
    gzipBytes: gzipSync(readFileSync(join(dist, largest.file))).length,
  };
}

/** A file's size, raw and compressed. */
function fileSize(file: string): { bytes: number; gzipBytes: number } {
  const content = readFileSync(file);
  return { bytes: content.length, gzipBytes: gzipSync(content).length };
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const s = statSync(join(dir, name));
    if (s.isFile()) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

rmSync(work, { recursive: true, force: true });
mkdirSync(project, { recursive: true });
// A copy of the project, so the benchmark's caches and dist/ never touch the real ones.
for (const item of ['src', 'cms', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
  cpSync(join(root, item), join(project, item), { recursive: true });
// Packages are linked one by one: Astro and Vite keep caches in node_modules/.astro and .vite,
// which must stay the copy's own.
mkdirSync(join(project, 'node_modules'));
for (const name of readdirSync(join(root, 'node_modules'))) {
  if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(project, 'node_modules', name), 'dir');
}
console.log(`Generando ${entries} entradas en ${corpus}`);
const generated = writeCorpus(join(root, 'content'), corpus, entries);
// About one identified need per two offers (offers are 35 % of the entries).
const needs = writeNeeds(join(root, 'content'), corpus, Math.round(entries * 0.35 * 0.5));
// The data files sit beside the checkout, as for bench:cms; the variables point elsewhere.
const places = writePlaces(corpus, {
  divipola: process.env.DIVIPOLA_CSV ?? join(root, '../shared/data/divipola.csv'),
  pdet: process.env.PDET_CSV ?? join(root, '../shared/data/pdet.csv'),
  scratch: work,
});
console.log(
  `${needs.needs} necesidades (${needs.answered} con oferta), ${places.municipalities} municipios con perfil`,
);

// Node's own heap limit, as `npm run build` gets it: a larger one would only let the collector
// wait longer and inflate the peak measured.
const env = {
  ...process.env,
  CONTENT_DIR: corpus,
  SEARCH_INDEX: 'skip',
  BUILD_DATE: '2026-11-24',
  ASTRO_TELEMETRY_DISABLED: '1',
};
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const check = timed('check', ['--import', 'tsx', join(root, 'scripts/check.ts')], root, env);
const sync = timed('sync', [astro, 'sync'], project, env);
const build = timed('build', [astro, 'build'], project, env);
const index = timed(
  'index',
  ['--import', 'tsx', join(root, 'scripts/index-search.ts'), join(project, 'dist')],
  root,
  env,
);
const pagefind = folderSize(join(project, 'dist/pagefind'));
const site = folderSize(join(project, 'dist'));
const largest = largestPage(join(project, 'dist'));
// The offer catalogue's data, fetched by its island on first use (src/pages/oferta/catalogo.json.ts).
const catalogue = fileSize(join(project, 'dist/oferta/catalogo.json'));
console.log('… navegador con red 3G simulada');
const search = await measureSearch(join(project, 'dist'));

const total = {
  seconds: +(check.seconds + sync.seconds + build.seconds + index.seconds).toFixed(1),
  peakMB: Math.max(check.peakMB, sync.peakMB, build.peakMB, index.peakMB),
};
const results = {
  date: new Date().toISOString(),
  entries: {
    generated,
    needs,
    places,
    total: generated + needs.needs + readdirSync(join(root, 'content'), { recursive: true }).length,
  },
  cores: availableParallelism(),
  steps: { check, sync, build, index, total },
  pages: site.files,
  index: { bytes: pagefind.bytes, files: pagefind.files },
  largestPage: largest,
  catalogueData: catalogue,
  network: { ...THREE_G, profile: 'WebPageTest 3G: 1,6 Mbps / 768 kbps / 300 ms' },
  search,
  targets: {
    buildUnder5Min: total.seconds <= 300,
    peakUnder2_5GB: total.peakMB <= 2560,
    nothingBeforeUse: search.searchRequestsBeforeUse === 0,
    firstResultsUnder150KB: search.queries.every((q) => q.bytes <= 150 * 1024),
    firstResultsUnder2_5s: search.queries.every((q) => q.ms <= 2500),
  },
};
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
console.log(
  `\nBúsqueda con ${generated} entradas sintéticas (${site.files} archivos publicados, ${results.cores} núcleos)`,
);
console.table({
  'revisión de contenido': check,
  'sincronización de contenido': sync,
  'compilación Astro': build,
  'índice Pagefind': index,
  total,
});
console.log(`Índice Pagefind: ${(pagefind.bytes / 1024 / 1024).toFixed(1)} MB en ${pagefind.files} archivos`);
console.log(`Página HTML más pesada: ${largest.path}, ${kb(largest.bytes)} (${kb(largest.gzipBytes)} comprimida)`);
console.log(`Datos del catálogo de oferta: ${kb(catalogue.bytes)} (${kb(catalogue.gzipBytes)} comprimido)`);
console.log(
  `Página /buscar: ${kb(search.pageLoadBytes)}; peticiones de búsqueda antes de usarla: ${search.searchRequestsBeforeUse}`,
);
console.table(
  Object.fromEntries(
    [...search.queries, search.returning, search.typed].map((q) => [
      q.name,
      { transferido: kb(q.bytes), 'ms hasta resultados': q.ms, peticiones: q.requests, resultados: q.results },
    ]),
  ),
);
console.log('Metas:', results.targets);
console.log(`Resultados en ${out}`);
