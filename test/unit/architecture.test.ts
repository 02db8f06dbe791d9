/**
 * The layers of the code, enforced: every rule of `src/audit/architecture.ts` runs on the real
 * tree and must find nothing, and each rule is shown to fail on a planted wrong import, both in
 * a small synthetic tree (so the rule's edges are pinned down) and in the real one (so the rule
 * really sees the files it guards).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, RULES, type RuleName, checkArchitecture, formatViolation } from '../../src/audit/architecture.ts';
import { astroScripts, edgesOfFile, importGraph, importsOf, type ImportGraph } from '../../src/audit/import-graph.ts';

const root = join(import.meta.dirname, '../..');
const real = importGraph(root);

/** A tree made of the given files, parsed as the real ones are (no file needs to exist). */
function tree(files: Record<string, string>): ImportGraph {
  const names = Object.keys(files).sort();
  return { files: names, edges: names.flatMap((file) => edgesOfFile('/nowhere', file, files[file] ?? '')) };
}

/** The real tree with one more file, or one more import in an existing file. */
function plantInReal(file: string, text: string): ImportGraph {
  return {
    files: [...new Set([...real.files, file])].sort(),
    edges: [...real.edges, ...edgesOfFile(root, file, text)],
  };
}

const run = (rule: RuleName, graph: ImportGraph) => CHECKS[rule](graph);
const where = (rule: RuleName, graph: ImportGraph) => run(rule, graph).map((v) => `${v.file} ${v.import}`);

describe('the import graph', () => {
  it('reads static, re-exported, dynamic and type imports, and nothing inside strings or comments', () => {
    const code = [
      "import a from './a.ts';",
      "import type { B } from './b.ts';",
      "import { type C } from './c.ts';",
      "export { d } from './d.ts';",
      "export type { E } from './e.ts';",
      "const f = await import('./f.ts');",
      "type G = typeof import('./g.ts');",
      'const text = "import x from \'./not-an-import.ts\'";',
      "// import y from './commented.ts';",
    ].join('\n');
    expect(importsOf(code).map((i) => [i.specifier, i.line, i.typeOnly])).toEqual([
      ['./a.ts', 1, false],
      ['./b.ts', 2, true],
      // With verbatimModuleSyntax the module is still imported, so this is not type-only.
      ['./c.ts', 3, false],
      ['./d.ts', 4, false],
      ['./e.ts', 5, true],
      ['./f.ts', 6, false],
      ['./g.ts', 7, true],
    ]);
  });

  it('reads an Astro file’s frontmatter and bundled scripts, with their lines, but not inline ones', () => {
    const astro = [
      '---',
      "import Layout from '../ui/layouts/BaseLayout.astro';",
      '---',
      '<Layout><p>import nothing from here</p></Layout>',
      '<script>',
      "  import { start } from './island.ts';",
      '</script>',
      '<script is:inline>import("./inline.js")</script>',
      '<script type="application/ld+json">{"import": "./data.json"}</script>',
      '<script src="./other.ts"></script>',
    ].join('\n');
    expect(
      astroScripts(astro)
        .flatMap((b) => importsOf(b.code, b.firstLine))
        .map((i) => [i.specifier, i.line]),
    ).toEqual([
      ['../ui/layouts/BaseLayout.astro', 2],
      ['./island.ts', 6],
      ['./other.ts', 10],
    ]);
  });

  it('resolves relative imports to repository paths and keeps packages as written', () => {
    const edges = real.edges.filter((e) => e.from === 'src/core/content.ts');
    expect(edges.map((e) => e.to)).toContain('astro:content');
    expect(edges.map((e) => e.to)).toContain('src/schemas/index.ts');
    expect(real.files).toContain('src/features/territory/components/DepartmentMap.astro');
    expect(real.files.some((f) => f.startsWith('cms/'))).toBe(true);
    expect(real.files.some((f) => f.startsWith('scripts/'))).toBe(true);
  });
});

describe('the repository keeps its layers', () => {
  for (const rule of Object.keys(RULES) as RuleName[]) {
    it(RULES[rule], () => {
      expect(run(rule, real).map(formatViolation)).toEqual([]);
    });
  }
});

describe('each rule fails on a planted wrong import', () => {
  it('a. a file outside a feature reaching past its entry points', () => {
    const graph = tree({
      'src/pages/territorio/[slug].astro':
        "---\nimport { view } from '../../features/territory/territory-view.ts';\n---",
      'src/pages/index.astro':
        "---\nimport { a } from '../features/territory/index.ts';\nimport Map from '../features/territory/components/DepartmentMap.astro';\n---",
      'src/features/territory/territory-view.ts': "import { b } from './territory-sections.ts';",
      'src/features/search/search-query.ts': "import type { P } from '../territory/place-search.ts';",
      'scripts/import-divipola.ts': "import { run } from '../src/features/territory/node.ts';",
    });
    expect(where('feature-entry-points', graph)).toEqual([
      'src/features/search/search-query.ts ../territory/place-search.ts',
      'src/pages/territorio/[slug].astro ../../features/territory/territory-view.ts',
    ]);
    const planted = plantInReal(
      'src/pages/planted.astro',
      "---\nimport { x } from '../features/search/search-query.ts';\n---",
    );
    expect(where('feature-entry-points', planted)).toContain(
      'src/pages/planted.astro ../features/search/search-query.ts',
    );
  });

  it('b. the core importing a feature or ui, even for a type', () => {
    const graph = tree({
      'src/core/urls.ts': "import type { Page } from '../features/search/index.ts';\nimport { slug } from './slug.ts';",
      'src/core/cards.ts': "import Card from '../ui/CardList.astro';",
    });
    expect(where('core-below-features', graph)).toEqual([
      'src/core/cards.ts ../ui/CardList.astro',
      'src/core/urls.ts ../features/search/index.ts',
    ]);
    const planted = plantInReal(
      'src/core/pagination.ts',
      "import { searchOptions } from '../features/search/index.ts';",
    );
    expect(where('core-below-features', planted)).toEqual(['src/core/pagination.ts ../features/search/index.ts']);
  });

  it('c. a module other than a loader reading the content layer', () => {
    const graph = tree({
      'src/features/search/search-tags.ts': "import { getCollection } from 'astro:content';",
      'src/features/search/search-reach.ts': "import type { CollectionEntry } from 'astro:content';",
      'src/features/search/load-search-page.ts':
        "import { getCollection } from 'astro:content';\nimport { published } from '../../core/content.ts';",
      'src/core/content.ts': "import { getCollection } from 'astro:content';",
      'src/content.config.ts': "import { defineCollection } from 'astro:content';",
      'src/pages/buscar.astro': "---\nimport { published } from '../core/content.ts';\n---",
    });
    expect(where('only-loaders-read-content', graph)).toEqual([
      'src/features/search/search-tags.ts astro:content',
      'src/pages/buscar.astro ../core/content.ts',
    ]);
    const planted = plantInReal(
      'src/features/search/search-options.ts',
      "import { getCollection } from 'astro:content';",
    );
    expect(where('only-loaders-read-content', planted)).toContain(
      'src/features/search/search-options.ts astro:content',
    );
    expect(run('only-loaders-read-content', planted)).toHaveLength(run('only-loaders-read-content', real).length + 1);
  });

  it('d. a component reaching content through another module, but not through a type', () => {
    const graph = tree({
      'src/ui/Pager.astro': "---\nimport { pages } from '../core/pagination.ts';\n---",
      'src/core/pagination.ts': "import { published } from './content.ts';",
      'src/core/content.ts': "import { getCollection } from 'astro:content';",
      'src/features/terms/components/TermPage.astro': "---\nimport type { TermPage } from '../load-term-page.ts';\n---",
      'src/features/terms/load-term-page.ts': "import { published } from '../../core/content.ts';",
    });
    const found = run('components-receive-data', graph);
    expect(found.map((v) => `${v.file} ${v.import}`)).toEqual(['src/ui/Pager.astro ../core/pagination.ts']);
    expect(found[0]?.message).toContain('src/ui/Pager.astro → src/core/pagination.ts → src/core/content.ts');
    const planted = plantInReal('src/ui/Planted.astro', "---\nimport { published } from '../core/content.ts';\n---");
    expect(where('components-receive-data', planted)).toContain('src/ui/Planted.astro ../core/content.ts');
  });

  it('e. render importing build-side code, zod or Node, directly or through i18n', () => {
    const graph = tree({
      'src/render/views.ts': [
        "import { collections } from '../schemas/index.ts';",
        "import type { Practice } from '../schemas/practices.ts';",
        "import { h } from 'hastscript';",
        "import { t } from '../i18n/index.ts';",
        "import { readFileSync } from 'node:fs';",
        "import { z } from 'zod';",
      ].join('\n'),
      'src/i18n/index.ts': "import { today } from '../core/today.ts';",
      'src/features/search/search-query.ts': "import { readFileSync } from 'node:fs';",
    });
    expect(where('render-is-browser-neutral', graph)).toEqual([
      'src/render/views.ts ../schemas/index.ts',
      'src/render/views.ts node:fs',
      'src/render/views.ts zod',
      'src/i18n/index.ts ../core/today.ts',
    ]);
    const planted = plantInReal('src/render/html.ts', "import { servedFileSize } from '../core/file-size.ts';");
    expect(where('render-is-browser-neutral', planted)).toEqual(['src/render/html.ts ../core/file-size.ts']);
  });

  it('f. a node.ts entry point reaching astro:content through other modules', () => {
    const graph = tree({
      'src/features/search/node.ts': "import { tags } from './search-tags.ts';",
      'src/features/search/search-tags.ts': "import { published } from '../../core/content.ts';",
      'src/core/content.ts': "import { getCollection } from 'astro:content';",
      'src/features/territory/node.ts': "import type { CollectionEntry } from 'astro:content';",
    });
    const found = run('node-entry-without-astro', graph);
    expect(found.map((v) => `${v.file} ${v.import}`)).toEqual(['src/features/search/node.ts ./search-tags.ts']);
    expect(found[0]?.message).toContain(
      'src/features/search/node.ts → src/features/search/search-tags.ts → src/core/content.ts → astro:content',
    );
    const planted = plantInReal('src/features/territory/node.ts', "import { published } from '../../core/content.ts';");
    expect(where('node-entry-without-astro', planted)).toEqual([
      'src/features/territory/node.ts ../../core/content.ts',
    ]);
  });

  it('g. modules importing each other in a loop, each loop reported once as a path', () => {
    const graph = tree({
      'src/a.ts': "import { b } from './b.ts';",
      'src/b.ts': "import { c } from './c.ts';\nimport { d } from './d.ts';",
      'src/c.ts': "import { a } from './a.ts';",
      'src/d.ts': "import type { B } from './b.ts';",
      'src/e.ts': "import { a } from './a.ts';",
    });
    expect(run('no-import-cycles', graph).map((v) => v.message.split('. ')[0])).toEqual([
      'Import cycle: src/a.ts → src/b.ts → src/c.ts → src/a.ts',
      'Import cycle: src/b.ts → src/d.ts → src/b.ts',
    ]);
    const planted = plantInReal('src/render/html.ts', "import { facts } from './parts.ts';");
    const cycles = run('no-import-cycles', planted);
    expect(cycles.length).toBeGreaterThan(0);
    expect(cycles.every((v) => v.message.includes('src/render/html.ts → src/render/parts.ts'))).toBe(true);
  });

  it('words every violation for a developer: file, line, rule and what to do', () => {
    const [v] = checkArchitecture(tree({ 'src/core/urls.ts': "\nimport { x } from '../features/search/index.ts';" }));
    expect(v && formatViolation(v)).toMatch(
      /^src\/core\/urls\.ts:2 \[core-below-features\] .*Move the shared piece into src\/core\//,
    );
  });
});
