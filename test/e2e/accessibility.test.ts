import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';
import { templatePages } from './templates.ts';


let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
beforeAll(async () => {
  site = await serve(join(import.meta.dirname, '../../dist'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('axe-core finds no WCAG 2.1 A/AA violations', () => {
  it.each(templatePages)('%s', async (path) => {
    const page = await browser.newPage();
    await page.goto(site.url + path);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
});
