/**
 * The built site (`dist/`, built once by the e2e global setup) served on a free loopback port,
 * and one Chromium, for the tests of one file; both are closed after them.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
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
    get browser() {
      return browser!;
    },
  };
}
