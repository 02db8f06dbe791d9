/**
 * The import graph of the repository's own code, read from the source files themselves, so the
 * architecture rules (`architecture.ts`) can judge every import without building anything.
 *
 * TypeScript's parser reads each file (a regular expression would take an `import` inside a
 * string or a comment for the real thing); for an `.astro` file it reads the frontmatter and the
 * `<script>` blocks Astro bundles. Relative imports are resolved to repository paths; anything
 * else (`astro:content`, `node:fs`, `zod`) is kept as written.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** Importing file, relative to the repository root, with `/` separators. */
  from: string;
  /** A repository path when the specifier is relative, the specifier itself otherwise. */
  to: string;
  /** The specifier as written in the source. */
  specifier: string;
  /** 1-based line of the import in the file. */
  line: number;
  /**
   * `import type …` / `export type … from` / `typeof import(…)`: erased by the compiler, so it
   * never runs and never lands in a bundle. `import { type A }` is not type-only: with
   * `verbatimModuleSyntax` (Astro's strict config) it stays as an import of the module.
   */
  typeOnly: boolean;
}

export interface ImportGraph {
  /** Every source file read, repository-relative. */
  files: string[];
  edges: ImportEdge[];
}

const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/;
/** What a relative specifier without an extension may name, in the order bundlers try. */
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '.astro', '/index.ts', '/index.js'];

const toPosix = (path: string) => path.split(sep).join('/');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

/** A piece of a file that holds script, with the line it starts on. */
interface ScriptBlock {
  code: string;
  firstLine: number;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * The parts of an `.astro` file that import modules: the frontmatter, and each `<script>` that
 * Astro processes (not `is:inline`, not a JSON or other non-JavaScript type). A processed
 * `<script src="./x.ts">` is an import of that file.
 */
export function astroScripts(text: string): ScriptBlock[] {
  const blocks: ScriptBlock[] = [];
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front?.[1] !== undefined)
    blocks.push({ code: front[1], firstLine: lineAt(text, front.index + front[0].indexOf(front[1])) });
  const afterFront = front ? front.index + front[0].length : 0;
  for (const m of text.slice(afterFront).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/\bis:inline\b/.test(attrs)) continue;
    const type = /\btype\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue;
    const start = afterFront + (m.index ?? 0);
    const src = /\bsrc\s*=\s*["']([^"']+)["']/.exec(attrs)?.[1];
    if (src !== undefined) blocks.push({ code: `import ${JSON.stringify(src)};`, firstLine: lineAt(text, start) });
    else blocks.push({ code: m[2] ?? '', firstLine: lineAt(text, start + m[0].indexOf('>') + 1) });
  }
  return blocks;
}

interface RawImport {
  specifier: string;
  line: number;
  typeOnly: boolean;
}

/** Every static import, re-export, dynamic `import('…')` and `typeof import('…')` of a script. */
export function importsOf(code: string, firstLine = 1): RawImport[] {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: RawImport[] = [];
  const add = (literal: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(literal)) return;
    const line = file.getLineAndCharacterOfPosition(literal.getStart(file)).line + firstLine;
    found.push({ specifier: literal.text, line, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The repository file a relative specifier names (query strings such as `?raw` dropped). */
function resolveRelative(root: string, fromFile: string, specifier: string): string {
  const bare = specifier.replace(/[?#].*$/, '');
  const base = posix.join(posix.dirname(fromFile), bare);
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    const abs = join(root, candidate);
    if (existsSync(abs) && statSync(abs).isFile()) return candidate;
  }
  return base;
}

/** Edges of one file given its text; `file` is repository-relative. */
export function edgesOfFile(root: string, file: string, text: string): ImportEdge[] {
  const blocks = file.endsWith('.astro') ? astroScripts(text) : [{ code: text, firstLine: 1 }];
  return blocks.flatMap((block) =>
    importsOf(block.code, block.firstLine).map(({ specifier, line, typeOnly }) => ({
      from: file,
      to: specifier.startsWith('.') ? resolveRelative(root, file, specifier) : specifier,
      specifier,
      line,
      typeOnly,
    })),
  );
}

/** The graph of every source file under `dirs` (relative to `root`). */
export function importGraph(root: string, dirs: readonly string[] = ['src', 'cms', 'scripts']): ImportGraph {
  const files = dirs.flatMap((dir) => sourceFiles(join(root, dir))).map((abs) => toPosix(relative(root, abs)));
  files.sort();
  const edges = files.flatMap((file) => edgesOfFile(root, file, readFileSync(join(root, file), 'utf8')));
  return { files, edges };
}
