/**
 * The one way shared markup is written: a hast tree built with `hastscript`, serialised by
 * `hast-util-to-html`. Text and attribute values are escaped by the serialiser, so nothing an
 * editor types can become markup, in a built page or in the CMS preview.
 *
 * Parts only one side can render (Astro's optimised images, the MDX body compiled by the build,
 * links resolved against other entries) are left as named slots: an HTML comment the serialiser
 * writes from a comment node. Text can never produce one, because `<` in text is escaped.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

export { h };
export type Node = ElementContent;
/** What a render function returns: nodes to place in order, empty when there is nothing to show. */
export type Nodes = ElementContent[];

const SLOT = 'slot:';
export type SlotName = 'body' | 'media' | 'modules' | 'related' | 'nav' | 'default';

export const slot = (name: SlotName): ElementContent => ({ type: 'comment', value: `${SLOT}${name}` });

/** Present values only: render functions return `undefined`/`false` for parts left out. */
export const present = (...nodes: (Node | Nodes | string | undefined | false | null | 0)[]): Nodes =>
  nodes
    .flat()
    .filter((n) => Boolean(n))
    .map((n) => (typeof n === 'string' ? { type: 'text' as const, value: n } : (n as Node)));

export const html = (nodes: Nodes | Root | RootContent): string =>
  toHtml(Array.isArray(nodes) ? { type: 'root', children: nodes } : nodes);

export type Part = { html: string } | { slot: SlotName };

/** The serialised markup cut at its slots, for a host that fills them (the Astro pages). */
export function splitSlots(markup: string): Part[] {
  const parts: Part[] = [];
  const pattern = /<!--slot:(\w+)-->/g;
  let at = 0;
  for (const match of markup.matchAll(pattern)) {
    if (match.index > at) parts.push({ html: markup.slice(at, match.index) });
    parts.push({ slot: match[1] as SlotName });
    at = match.index + match[0].length;
  }
  if (at < markup.length) parts.push({ html: markup.slice(at) });
  return parts;
}

/** The same nodes with their slots replaced by what the host gives (a slot given nothing stays empty). */
export function fillSlots(nodes: Nodes, fills: Partial<Record<SlotName, Nodes>>): Nodes {
  return nodes.flatMap((node): Nodes => {
    if (node.type === 'comment' && node.value.startsWith(SLOT))
      return fills[node.value.slice(SLOT.length) as SlotName] ?? [];
    if (node.type === 'element') return [{ ...node, children: fillSlots(node.children, fills) }];
    return [node];
  });
}
