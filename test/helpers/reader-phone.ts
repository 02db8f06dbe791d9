/**
 * A reader's phone for the task tests: 390×844, touch, Spanish (Colombia), JavaScript on or
 * off, and taps that wait for the page they open.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

export const jsModes = [
  { name: 'con JavaScript', javaScriptEnabled: true },
  { name: 'sin JavaScript', javaScriptEnabled: false },
] as const;

/** The phone every reader task runs on. */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  locale: 'es-CO',
} as const;

export function phoneContext(browser: Browser, javaScriptEnabled: boolean): Promise<BrowserContext> {
  return browser.newContext({ ...PHONE, javaScriptEnabled });
}

/** Taps a link as a thumb would (scrolled into view first) and waits for the page it opens. */
export async function tapLink(page: Page, link: Locator): Promise<void> {
  const before = page.url();
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await page.waitForURL((url) => url.href !== before);
  await page.waitForLoadState('load');
}

/** Ids that appear more than once in the page as the browser holds it. */
export const duplicateIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
