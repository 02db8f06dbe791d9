/**
 * Body heading ids never take an id of the page's own markup (issue 16 §5), and the reserved
 * list is the markup's: every literal id in ui, features, render and pages is in it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyNodes } from '../../src/render/body.ts';
import { html as toHtml } from '../../src/render/html.ts';
import { isReservedPageId, reservedPageIds } from '../../src/render/page-ids.ts';
import { mdxAllowlist } from '../../src/mdx/allowlist.ts';

const src = new URL('../../src/', import.meta.url).pathname;
const filesUnder = (dir: string): string[] =>
  readdirSync(join(src, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

describe('ids of the page and of body headings', () => {
  it('reserves every literal id the markup writes', () => {
    const written = new Set<string>();
    for (const file of ['ui', 'features', 'render', 'pages'].flatMap(filesUnder)) {
      if (file.endsWith('page-ids.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bid(?:=|: ?)["'`]([a-z][a-z0-9-]*)["'`]/g)) written.add(m[1]!);
      for (const m of text.matchAll(/ariaLabelledBy: ?'([a-z][a-z0-9-]*)'/g)) written.add(m[1]!);
      for (const m of text.matchAll(/\bid=\{`([a-z][a-z0-9-]*-)\$\{/g)) written.add(`${m[1]!}x`);
    }
    expect(written.size).toBeGreaterThan(5);
    expect([...written].filter((id) => !isReservedPageId(id))).toEqual([]);
  });

  it.each(['Contenido', 'Contacto', 'Módulo 3', 'Solicitud'])(
    'gives a body heading «%s» an id the page does not use',
    (heading) => {
      const ctx = { words: { label: () => '' } } as never;
      const html = toHtml(bodyNodes(ctx, `## ${heading}\n\nTexto.\n`, new Set(Object.keys(mdxAllowlist))));
      const id = /id="([^"]+)"/.exec(html)![1]!;
      expect(isReservedPageId(id), id).toBe(false);
      expect(reservedPageIds).not.toContain(id);
    },
  );

  it('keeps heading ids of several bodies on one page apart with a prefix', () => {
    const ctx = { words: { label: () => '' } } as never;
    const allowed = new Set(Object.keys(mdxAllowlist));
    const ids = [1, 2].flatMap((n) =>
      [
        ...toHtml(bodyNodes(ctx, '## Preguntas para el grupo\n', allowed, `modulo-${n}-`)).matchAll(/id="([^"]+)"/g),
      ].map((m) => m[1]),
    );
    expect(ids).toEqual(['modulo-1-preguntas-para-el-grupo', 'modulo-2-preguntas-para-el-grupo']);
  });
});
