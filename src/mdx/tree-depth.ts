/**
 * How deep a Markdown tree nests, measured without recursion. The check refuses a body deeper
 * than `TREE_DEPTH_MAX` and the CMS preview shows a notice instead of drawing one, so neither
 * the parser's walkers nor the renderer can overflow the stack. A module of its own, with no
 * parser, so the preview can use it without the check's dependencies.
 */
import type { Nodes, Root } from 'mdast';
import { limits } from '../reading/limits.ts';

/** Each level of quote, list or component is two or three levels of the tree. */
export const TREE_DEPTH_MAX = limits.bodyDepth * 3;

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
