/**
 * The built site (`dist/`, built once by the e2e global setup) served on a free loopback port,
 * and one Chromium, for the tests of one file; both are closed after them.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serve } from './static-server.ts';

export const distDir = join(import.meta.dirname, '../../dist');

export function useBuiltSite() {
  let site: Awaited<ReturnType<typeof serve>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [site, browser] = await Promise.all([serve(distDir), launchBrowser()]);
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
