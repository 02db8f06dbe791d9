/**
 * hast to DOM, for islands that draw shared markup (`card.ts`) in the browser. Text goes in
 * as text nodes and attributes through setAttribute, so nothing in the data becomes markup.
 * Only what the shared render functions produce is handled: elements, text, `className`.
 */
import type { ElementContent } from 'hast';

export function toDom(node: ElementContent): Node {
  if (node.type === 'text') return document.createTextNode(node.value);
  if (node.type !== 'element') return document.createTextNode('');
  const element = document.createElement(node.tagName);
  for (const [name, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') element.className = (value as string[]).join(' ');
    else element.setAttribute(name, String(value));
  }
  for (const child of node.children) element.append(toDom(child));
  return element;
}
