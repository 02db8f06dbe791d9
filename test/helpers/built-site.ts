/**
 * The built site (`dist/`, built once by the e2e global setup, or another folder a test file
 * builds in its own `beforeAll`, registered before this) served on a free loopback port, and
 * one Chromium, for the tests of one file; both are closed after them.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serve } from './static-server.ts';

export const distDir = join(import.meta.dirname, '../../dist');

/** `dir` is read when the tests start, so a file may build its own site first. */
export function useBuiltSite(dir: () => string = () => distDir) {
  let site: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Each is kept as soon as it starts, so afterAll closes it even if the other failed to.
    await Promise.all([serve(dir()).then((s) => (site = s)), launchBrowser().then((b) => (browser = b))]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() {
      return site!.url;
    },
    /** Opens a path and records console errors and failed requests, which tests expect to stay empty. */
    async open(context: BrowserContext, path: string) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText}`));
      const response = await page.goto(site!.url + path);
      return { page, errors, status: response?.status() };
    },
    get browser() {
      return browser!;
    },
  };
}
