/**
 * What a failed browser test saw. `watchPage` keeps the last things a page logged (console
 * errors, uncaught exceptions, failed requests, requests still waiting for an answer);
 * `screenshotIfFailed` saves a screenshot, named after the test, in a folder that outlives the
 * run (the run's own TMPDIR is removed when it ends, see test/leaks/), and prints where the page
 * was and what it logged. A CMS test that times out on a blank admin page names no locator; this
 * says which request it was waiting for.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import type { TestContext } from 'vitest';

export const FAILURES_DIR_VAR = 'RT_TEST_FAILURES';

const KEPT = 30;
const watched = new WeakMap<Page, { log: string[]; pending: Set<Request> }>();

/** Starts keeping the page's errors and requests; call it right after creating the page. */
export function watchPage(page: Page): Page {
  const state = { log: [] as string[], pending: new Set<Request>() };
  const note = (line: string) => {
    state.log.push(`${new Date().toISOString().slice(11, 19)} ${line}`);
    if (state.log.length > KEPT) state.log.shift();
  };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') note(`console.${m.type()}: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => note(`uncaught: ${e.message.slice(0, 300)}`));
  page.on('request', (r) => state.pending.add(r));
  page.on('requestfinished', (r) => state.pending.delete(r));
  page.on('requestfailed', (r) => {
    state.pending.delete(r);
    note(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText ?? '?'})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) note(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  watched.set(page, state);
  return page;
}

export async function screenshotIfFailed(context: TestContext, page: Page | undefined, prefix: string) {
  if (context.task.result?.state !== 'fail' || !page || page.isClosed()) return;
  const dir = process.env[FAILURES_DIR_VAR] ?? join(tmpdir(), 'rt-test-failures');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${prefix}-${context.task.name.slice(0, 30).replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true, timeout: 15_000 }).catch(() => undefined);
  const state = watched.get(page);
  const pending = [...(state?.pending ?? [])].map((r) => `still waiting: ${r.method()} ${r.url()}`);
  console.error(
    [`«${context.task.name}» failed on ${page.url()}; its page: ${path}`, ...(state?.log ?? []), ...pending].join(
      '\n  ',
    ),
  );
}
