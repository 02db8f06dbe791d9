/**
 * Markup validity: html-validate (`standard` + `a11y` presets) over every page of the real
 * build, the CMS shell `/admin/` and the 404 page included (their HTML is ours; what Decap
 * draws inside the shell later is not HTML we write). Each error prints page, line and rule.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../src/audit/built-site.ts';
import { formatMarkupProblems, validateMarkup, type MarkupProblem } from '../../src/audit/html-validity.ts';

const dist = join(import.meta.dirname, '../../dist');

describe('the markup of the built site', () => {
  it('has no html-validate error on any page', () => {
    const problems: MarkupProblem[] = [];
    const paths: string[] = [];
    for (const page of builtPages(dist)) {
      paths.push(page.path);
      problems.push(...validateMarkup(page.path, page.html));
    }
    // The walk really saw the site, its island pages and the CMS shell among them.
    expect(paths).toEqual(expect.arrayContaining(['/', '/buscar/', '/admin/', '/404.html']));
    expect(problems, formatMarkupProblems(problems)).toEqual([]);
  });
});
