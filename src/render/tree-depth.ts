/**
 * How deep a Markdown tree nests, measured without recursion. The check refuses a body deeper
 * than `TREE_DEPTH_MAX` and the CMS preview shows a notice instead of drawing one, so neither
 * the parser's walkers nor the renderer can overflow the stack. A module of its own, with no
 * parser, so the preview can use it without the check's dependencies.
 */
import type { Nodes, Root } from 'mdast';

/**
 * Nesting of blocks in a body: quotes inside quotes, lists in lists, Recuadro in Recuadro.
 * Defined here, not in `reading/limits.ts` (which lists it with the other bounds), because
 * `src/render/` imports nothing from the build side.
 */
export const BODY_DEPTH_MAX = 12;

/** Each level of quote, list or component is two or three levels of the tree. */
export const TREE_DEPTH_MAX = BODY_DEPTH_MAX * 3;

/** The deepest nesting of a tree, walked without recursion so no depth can overflow the stack. */
export function deepestNode(tree: Root): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest.depth) deepest = { depth, line: node.position?.start.line ?? deepest.line };
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, depth + 1]);
  }
  return deepest;
}

/**
 * Quotes, lists and components nest; a body that nests beyond any real text would overflow the
 * parser or the renderer. A cheap look at the source finds the extreme cases before any parsing:
 * the line where nesting goes past twice the limit, or undefined.
 */
export function tooDeepInSource(body: string): number | undefined {
  const lines = body.split('\n');
  let open = 0;
  for (const [i, text] of lines.entries()) {
    const quotes = /^(?:[ \t]*>)+/.exec(text)?.[0].split('>').length ?? 1;
    open += (text.match(/<[A-Za-z]/g)?.length ?? 0) - (text.match(/<\/|\/>/g)?.length ?? 0);
    if (quotes - 1 > BODY_DEPTH_MAX * 2 || open > BODY_DEPTH_MAX * 2) return i + 1;
  }
  return undefined;
}
