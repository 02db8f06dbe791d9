import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/built-site.ts';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import { serve } from '../helpers/static-server.ts';
import { templatePages } from './templates.ts';

const built = useBuiltSite();

describe('axe-core finds no WCAG 2.1 A/AA violations', () => {
  it.each(templatePages)('%s', async (path) => {
    const page = await built.browser.newPage();
    await page.goto(built.url + path);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations, formatViolations(path, violations)).toEqual([]);
  });
});

describe('a planted fault', () => {
  it('an image without alt text fails, naming the rule, the page and the element', async () => {
    const fixture = await serve(join(import.meta.dirname, '../fixtures/a11y-fault'));
    try {
      const page = await built.browser.newPage();
      await page.goto(`${fixture.url}/`);
      const violations = await axeViolations(page);
      await page.close();
      expect(violations.map((v) => v.rule)).toEqual(['image-alt']);
      expect(formatViolations('/', violations)).toMatch(
        /^image-alt \(critical\) en \/: img <img class="sin-alt"[^\n]* — Images must have alternative text$/,
      );
    } finally {
      await fixture.close();
    }
  });
});
