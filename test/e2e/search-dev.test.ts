/**
 * Search under `npm start`: the dev server (astro dev, on a free port, stopped after the tests
 * whatever happens) indexes its own pages, and a search there finds what the built site finds.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/cms-servers.ts';
import { useBuiltSite } from '../helpers/built-site.ts';
import { fixtureContentDir } from '../helpers/fixture-content.ts';
import { BUILD_DATE } from './global-setup.ts';

const root = join(import.meta.dirname, '../..');
const built = useBuiltSite();
let dev: ChildProcess | undefined;
let devUrl = '';
let output = '';

/** Signals astro dev's whole process group (it was started as the leader of its own), so no helper of it outlives it. */
const signalDev = (signal: NodeJS.Signals) => {
  if (!dev || dev.exitCode !== null || dev.pid === undefined) return;
  try {
    process.kill(-dev.pid, signal);
  } catch {
    dev.kill(signal);
  }
};
const stopDev = () => signalDev('SIGKILL');

beforeAll(async () => {
  const port = await freePort();
  // As `npm start` runs it, without what the test runner sets (NODE_ENV=test, VITEST…).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  dev = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      // The same content as the built site it is compared with.
      env: { ...env, BUILD_DATE, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: fixtureContentDir },
    },
  );
  dev.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  dev.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  process.once('exit', stopDev);
  devUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (dev.exitCode !== null) throw new Error(`astro dev terminó (código ${dev.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`astro dev no respondió en ${devUrl}:\n${output}`);
    const ok = await fetch(`${devUrl}/buscar/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
}, 240_000);

afterAll(async () => {
  process.off('exit', stopDev);
  if (!dev || dev.exitCode !== null) return;
  const exited = new Promise((resolve) => dev!.once('exit', resolve));
  signalDev('SIGTERM');
  const timer = setTimeout(stopDev, 5_000);
  await exited;
  clearTimeout(timer);
});

/** Every result of the search an address opens, paging through «Ver más resultados». */
async function allResults(page: Page, url: string) {
  await page.goto(url);
  // The first search on a fresh dev server waits for the index of its pages.
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 150_000, interval: 250 })
    .toMatch(/^\d+ resultados?$|No encontramos|no está disponible/);
  const more = page.getByRole('button', { name: 'Ver más resultados' });
  while (await more.isVisible()) {
    const before = await page.locator('[data-results] li').count();
    await more.click();
    await expect.poll(() => page.locator('[data-results] li').count(), { timeout: 15_000 }).toBeGreaterThan(before);
  }
  const links = await page
    .locator('[data-results] h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { status: await page.getByRole('status').textContent(), links: links.sort() };
}

describe('search under npm start (astro dev)', () => {
  it('searches the test site content and finds what the built site finds', async () => {
    const context = await built.browser.newContext({ locale: 'es-CO' });
    const page = await context.newPage();
    const query = '?q=rendicion+de+cuentas&tipo=Buena+pr%C3%A1ctica';
    const inDev = await allResults(page, `${devUrl}/buscar/${query}`);
    const inBuild = await allResults(page, `${built.url}/buscar/${query}`);
    expect(inDev.status).toMatch(/^\d+ resultados?$/);
    expect(inDev.links.length).toBeGreaterThan(0);
    expect(inDev).toEqual(inBuild);
    await context.close();
  }, 200_000);
});
