/**
 * Issue 16 §5: no built page carries one id twice, so the skip link, the contact section's name
 * and every `#anchor` reach the element they mean. Body heading ids take no id of the layout's
 * and, on a page that draws several bodies (the printable course), none of each other's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = join(import.meta.dirname, '../../dist');
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => join(e.parentPath, e.name));

describe('ids on built pages', () => {
  it('every page has pages to look at', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('no page repeats an id', () => {
    const repeated: string[] = [];
    for (const page of pages) {
      const ids = [...readFileSync(page, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) repeated.push(`${relative(dist, page)}#${id}`);
        seen.add(id);
      }
    }
    expect(repeated).toEqual([]);
  });
});
