/**
 * The build's guard for MDX safety: the same check `npm run check` runs, applied to every
 * content MDX file the build compiles, so an unsafe body stops the build even if nobody ran
 * the check. Pages under src/ are written by developers and may import components, so only
 * files inside the content tree are checked.
 */
import type { Root } from 'mdast';
import { relative } from 'node:path';
import { unsafeNodes } from '../mdx/safety.ts';

interface Options {
  /** Absolute path of the content tree. */
  contentDir: string;
}

export function remarkSafeMdx({ contentDir }: Options) {
  return () => (tree: Root, file: { path?: string }) => {
    const path = file.path ?? '';
    if (!path.endsWith('.mdx') || relative(contentDir, path).startsWith('..')) return;
    const violations = unsafeNodes(tree);
    if (violations.length === 0) return;
    // @astrojs/mdx blanks the front matter out with spaces, so tree lines are file lines.
    const where = relative(process.cwd(), path);
    const lines = violations.map((v) => `  ${where}:${v.line}: ${v.reason}`);
    throw new Error(`MDX no seguro en ${where}; corra «npm run check» para ver cada problema:\n${lines.join('\n')}`);
  };
}
