/**
 * The MDX collections' loader: data and body stored at content sync, unsafe bodies stopping
 * the sync with file and line, unchanged files not read again, deleted files dropped.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentLoader } from '../../src/mdx/content-loader.ts';
import { readBody } from '../../src/reading/files.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
  assetImports?: string[];
}

let root: string;
let base: string;
let store: Map<string, Stored>;
let parsed: string[];
let assetCalls: [string[], string | undefined][];

/** The parts of Astro's loader context the loader uses, backed by a Map. */
function context(): LoaderContext {
  return {
    collection: 'practices',
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => (store.set(entry.id, entry), true),
      delete: (id: string) => void store.delete(id),
      keys: () => [...store.keys()],
      addAssetImports: (assets: string[], filePath?: string) => void assetCalls.push([assets, filePath]),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
    generateDigest: (source: string) => createHash('sha1').update(source).digest('hex'),
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info() {}, error() {}, warn() {} },
  } as unknown as LoaderContext;
}

const loader = () => contentLoader({ collection: 'practices', base });

const write = (name: string, frontMatter: string, body: string) =>
  writeFileSync(join(base, name), `---\n${frontMatter}\n---\n${body}`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mdx-loader-'));
  base = join(root, 'content');
  mkdirSync(base);
  store = new Map();
  parsed = [];
  assetCalls = [];
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('mdxLoader', () => {
  it('stores the data of every .mdx file, and nothing else; pages read the body from the file', async () => {
    write('quibdo.mdx', 'title: Quibdó', '\nTexto de la práctica.\n');
    writeFileSync(join(base, 'notas.txt'), 'no es contenido');
    await loader().load(context());
    expect([...store.keys()]).toEqual(['quibdo']);
    const entry = store.get('quibdo')!;
    expect(entry.data).toEqual({ title: 'Quibdó' });
    expect(entry.body).toBeUndefined();
    expect(entry.filePath).toBe('content/quibdo.mdx');
    expect(readBody(root, entry.filePath)).toBe('Texto de la práctica.');
  });

  it('stops a page whose file is gone or no longer an entry, naming the file', async () => {
    write('a.mdx', 'title: A', 'Uno');
    await loader().load(context());
    writeFileSync(join(base, 'a.mdx'), 'ya no tiene datos');
    expect(() => readBody(root, 'content/a.mdx')).toThrow(/content\/a\.mdx cambió o desapareció/);
    rmSync(join(base, 'a.mdx'));
    expect(() => readBody(root, 'content/a.mdx')).toThrow(/content\/a\.mdx cambió o desapareció/);
    expect(readBody(root, 'content/taxonomia.yaml')).toBe('');
  });

  it('stops on an unsafe body, naming the file and the line of each problem', async () => {
    write('malo.mdx', 'title: Malo\nsummary: Uno', '\nBien.\n\n<script>alert(1)</script>\n\nTexto {1 + 1}\n');
    const sync = loader().load(context());
    await expect(sync).rejects.toThrow(/content\/malo\.mdx:8: .*<script>/);
    await expect(sync).rejects.toThrow(/content\/malo\.mdx:10: .*llaves/);
    expect(store.size).toBe(0);
    expect(parsed).toEqual([]);
  });

  it('parses again only what changed, and drops entries whose file is gone', async () => {
    write('a.mdx', 'title: A', 'Uno');
    write('b.mdx', 'title: B', 'Dos');
    await loader().load(context());
    expect(parsed.sort()).toEqual(['a', 'b']);
    parsed = [];
    write('a.mdx', 'title: A', 'Uno, corregido');
    rmSync(join(base, 'b.mdx'));
    await loader().load(context());
    expect(parsed).toEqual(['a']);
    expect([...store.keys()]).toEqual(['a']);
    expect(readBody(root, store.get('a')!.filePath)).toBe('Uno, corregido');
  });

  it('reads an entry afresh when the same text was cached from another content tree', async () => {
    write('a.mdx', 'title: A', 'Uno');
    await loader().load(context());
    store.set('a', { ...store.get('a')!, filePath: '../otro/a.mdx' });
    parsed = [];
    await loader().load(context());
    expect(parsed).toEqual(['a']);
    expect(store.get('a')!.filePath).toBe('content/a.mdx');
  });

  it('names the images of an unchanged entry again, or Astro would lose them on a second build', async () => {
    write('a.mdx', 'title: A\ncover: ./a.svg', 'Uno');
    await loader().load(context());
    store.set('a', { ...store.get('a')!, assetImports: ['./a.svg'] });
    parsed = [];
    await loader().load(context());
    expect(parsed).toEqual([]);
    expect(assetCalls).toEqual([[['./a.svg'], 'content/a.mdx']]);
  });
});
