import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { serve } from '../helpers/static-server.ts';
import { templatePages } from './templates.ts';

const dist = join(import.meta.dirname, '../../dist');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Loads a page and returns every CSP violation it caused, as `directive: blocked (source)`. */
async function violations(
  url: string,
): Promise<{ status: number | undefined; headers: Record<string, string>; found: string[] }> {
  const page = await browser.newPage();
  const found: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) found.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { cspViolations?: string[] };
      (w.cspViolations ??= []).push(
        `${e.effectiveDirective}: ${e.blockedURI} (${e.sourceFile || 'page'}:${e.lineNumber})`,
      );
    });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  // Violation events are dispatched as tasks: let them arrive.
  await page.waitForTimeout(100);
  found.push(...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
  await page.close();
  return { status: response?.status(), headers: response?.headers() ?? {}, found };
}

describe('the built site under its own security headers', () => {
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve(dist, { applyHeadersFile: true });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('ships a strict Content-Security-Policy and the other headers with every page', async () => {
    const { headers } = await violations(`${site.url}/`);
    expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers).toMatchObject({
      'referrer-policy': expect.any(String),
      'x-content-type-options': 'nosniff',
      'permissions-policy': expect.any(String),
    });
  });

  it.each(templatePages)('%s loads with no CSP violation', async (path) => {
    const { found } = await violations(site.url + path);
    expect(found, found.join('\n')).toEqual([]);
  });
});

/** The built home page, changed after its policy was computed, served with the real _headers. */
async function violationsOnAlteredHome(change: (html: string) => string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rt-csp-'));
  for (const file of ['_headers', '404.html']) copyFileSync(join(dist, file), join(dir, file));
  writeFileSync(join(dir, 'index.html'), change(readFileSync(join(dist, 'index.html'), 'utf8')));
  const site = await serve(dir, { applyHeadersFile: true });
  try {
    return (await violations(`${site.url}/`)).found;
  } finally {
    await site.close();
  }
}

describe('planted faults', () => {
  it('an inline script that was not hashed is blocked and reported', async () => {
    const found = await violationsOnAlteredHome((html) =>
      html.replace('</body>', '<script>document.title = "inyectado";</script></body>'),
    );
    expect(found.some((v) => v.startsWith('script-src-elem: inline'))).toBe(true);
  });

  it('an inline stylesheet that differs from the hashed one is blocked and reported', async () => {
    const found = await violationsOnAlteredHome((html) => html.replace('<style>', '<style>body{color:red}'));
    expect(found.some((v) => v.startsWith('style-src-elem: inline'))).toBe(true);
  });
});
