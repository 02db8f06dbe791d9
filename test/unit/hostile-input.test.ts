/**
 * Issue 16 §2–§5 and issue 15 item 4: every planted hostile input (test/fixtures/hostile/cases.ts)
 * gets a Spanish problem naming the file, or is accepted when it is legitimate, and nothing
 * crashes. Cases about reading files also go through the build's loader, which must refuse
 * them with a Spanish message naming the file: the check and the build read content alike.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { mdxAllowlist } from '../../src/mdx/allowlist.ts';
import { contentLoader } from '../../src/mdx/content-loader.ts';
import { bodyNodes } from '../../src/render/body.ts';
import { html } from '../../src/render/html.ts';
import { contact } from '../../src/render/parts.ts';
import { siteRender } from '../../src/core/site-context.ts';
import { collections } from '../../src/schemas/index.ts';
import { formatReport } from '../../src/validation/report.ts';
import { isImageInside } from '../../src/validation/image-paths.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { hostileCases } from '../fixtures/hostile/cases.ts';
import { baseTree, writeTree } from '../helpers/fixture-tree.ts';

function plantedTree(plant: (root: string) => void) {
  const root = writeTree(baseTree());
  plant(root);
  return root;
}

/** The parts of Astro's loader context the loader uses. */
function loaderContext(root: string): LoaderContext {
  const store = new Map<string, { id: string }>();
  return {
    collection: 'x',
    store: {
      get: (id: string) => store.get(id),
      set: (entry: { id: string }) => (store.set(entry.id, entry), true),
      delete: (id: string) => void store.delete(id),
      keys: () => [...store.keys()],
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (source: string) => createHash('sha1').update(source).digest('hex'),
    config: { root: pathToFileURL(`${root}/`) },
    logger: { info() {}, error() {}, warn() {} },
  } as unknown as LoaderContext;
}

describe('hostile input', () => {
  it.each(hostileCases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const root = plantedTree(c.plant);
    const { problems } = checkContent(root);
    const report = formatReport(problems, 0);
    const expected = c.expect;
    if ('accepted' in expected) {
      const onFile = problems.filter((p) => p.file === expected.file && (!expected.code || p.code === expected.code));
      expect(onFile, report).toEqual([]);
      return;
    }
    const match = problems.find(
      (p) =>
        p.code === expected.refused &&
        (p.file === expected.file || p.message.includes(expected.file.slice(expected.file.lastIndexOf('/') + 1))) &&
        (!expected.field || p.field === expected.field),
    );
    expect(match, `${c.what}\n${report}`).toBeDefined();
    expect(match!.message).toMatch(/[a-záéíóúñ]/);
    if (expected.message) expect(match!.message).toMatch(expected.message);
    if (c.build) {
      const { folder } = collections[c.build];
      const load = contentLoader({ collection: c.build, base: join(root, 'content', folder) }).load(
        loaderContext(root),
      );
      const error = await load.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `the build accepted: ${c.what}`).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(RangeError);
      expect((error as Error).message).toContain(expected.file.slice(expected.file.lastIndexOf('/') + 1));
    }
  });

  it('reports the other problems of the run when one of them is a path with «%»', () => {
    const c = hostileCases.find((x) => x.id === 'material-percent')!;
    const { problems } = checkContent(plantedTree(c.plant));
    expect(problems.map((p) => p.file)).toContain('content/taxonomies/territories/27001.yaml');
  });

  it.each([
    ['10,000 nested quotes', `${'>'.repeat(10_000)} hola\n`],
    ['3,000 nested quotes', `${'> '.repeat(3000)}hola\n`],
    ['1,000 nested <Recuadro>', `${'<Recuadro>\n\n'.repeat(1000)}hola\n\n${'</Recuadro>\n\n'.repeat(1000)}`],
  ])('the CMS preview shows a notice, not a stack overflow, for %s', (_what, markdown) => {
    const ctx = { words: { label: () => '' } } as never;
    const drawn = html(bodyNodes(ctx, markdown, new Set(Object.keys(mdxAllowlist))));
    expect(drawn).toContain('recuadro-aviso');
    expect(drawn.split('<blockquote').length).toBeLessThan(40);
  });

  it('shows a declared institutional WhatsApp line with its label and a wa.me link', () => {
    const drawn = html([contact(siteRender, { office: 'Secretaría de Gobierno', whatsapp: '310 555 1234' })]);
    expect(drawn).toContain('WhatsApp institucional');
    expect(drawn).toContain('href="https://wa.me/573105551234"');
  });

  it.each([
    ['content/practices/a.mdx', '../media/foto.svg', 'content', true],
    ['content/taxonomies/entities/a.yaml', '../../media/logo.png', 'content', true],
    ['../../tmp/arbol/practices/a.mdx', '../media/foto.jpg', '../../tmp/arbol', true],
    ['content/practices/a.mdx', '../../foto.svg', 'content', false],
    ['content/practices/a.mdx', '../../../elsewhere/foto.svg', 'content', false],
    ['content/practices/a.mdx', '/etc/passwd', 'content', false],
    ['content/practices/a.mdx', '../../package.json', 'content', false],
    ['content/practices/a.mdx', 'https://evil.example/a.png', 'content', false],
    ['content/practices/a.mdx', '..\\media\\foto.svg', 'content', false],
  ])('an image path: %s names %s inside %s → %s', (file, src, folder, inside) => {
    expect(isImageInside(file, src, folder)).toBe(inside);
  });

  it('covers every section of the issue, refused and accepted cases alike', () => {
    const sections = new Set(hostileCases.map((c) => c.section));
    expect([...sections].sort()).toEqual(['15.4', '§2', '§3', '§4', '§5']);
    const accepted = hostileCases.filter((c) => 'accepted' in c.expect).length;
    expect(accepted).toBeGreaterThanOrEqual(3);
    expect(hostileCases.length - accepted).toBeGreaterThanOrEqual(45);
  });
});
