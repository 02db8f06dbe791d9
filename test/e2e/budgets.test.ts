/** The page-weight budgets and the link check, on the real build of the test site's content (test/fixtures/site). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/audit/built-site.ts';
import { readChunkOrigins } from '../../src/audit/chunk-origins.ts';
import { checkBudgets, formatBudgetProblems } from '../../src/audit/page-weight.ts';
import { templatePages } from './templates.ts';

const dist = join(import.meta.dirname, '../../dist');
const pages = readBuiltSite(dist);
/** Astro's default cache directory, where the build records which chunk bytes are ours. */
const origins = readChunkOrigins(join(import.meta.dirname, '../../node_modules/.astro'), dist);

describe('the built site', () => {
  it('has every template page of the list', () => {
    const paths = new Set(pages.map((p) => p.path));
    const missing = templatePages.filter((p) => p !== '/no-existe/' && !paths.has(p));
    expect(missing).toEqual([]);
  });

  it('keeps every page within the page-weight budgets', () => {
    const problems = checkBudgets(dist, pages, origins);
    expect(problems, formatBudgetProblems(problems)).toEqual([]);
  });

  it('ships a _headers file and records the origin of its JavaScript', () => {
    expect(existsSync(join(dist, '_headers'))).toBe(true);
    expect(origins).toBeDefined();
  });
});
