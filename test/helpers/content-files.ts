/**
 * The test site's content as its files say (`test/fixtures/site/content/<folder>/*.mdx|yaml`,
 * the tree the e2e build reads), so a task test derives what a reader should find from the
 * content rather than from a list of addresses. Only published entries are returned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse } from 'yaml';
import { fixtureContentDir } from './fixture-content.ts';

export const contentDir = fixtureContentDir;

export interface ContentEntry<T = Record<string, unknown>> {
  id: string;
  data: T;
  body: string;
}

export function readEntries<T = Record<string, unknown>>(folder: string): ContentEntry<T>[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => ['.mdx', '.md', '.yaml', '.yml'].includes(extname(name)))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const id = name.slice(0, -extname(name).length);
      if (extname(name).startsWith('.y')) return { id, data: parse(text) as T, body: '' };
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${folder}/${name}: no front matter`);
      return { id, data: parse(match[1]!) as T, body: match[2]! };
    })
    .filter((e) => ((e.data as { status?: string }).status ?? 'published') === 'published');
}

/** A YAML day or date-time as written (`2026-12-03`, unquoted, reads as a string in YAML 1.2). */
export const asDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
