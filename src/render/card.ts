/**
 * One card of a list (kicker, linked title, summary, meta line), as hast. The build serialises
 * it for every list page and the offer catalogue island turns the same nodes into DOM
 * (`dom.ts`), so a card filtered in the browser looks exactly like one the server wrote.
 * Written without hastscript so the island carries no HTML library.
 */
import type { Element, ElementContent } from 'hast';

/** What a list shows of an entry: type, title, summary and where it happened. */
export interface Card {
  href: string;
  title: string;
  summary: string;
  kicker: string;
  meta: string[];
}

const el = (
  tagName: string,
  className: string[] | undefined,
  children: ElementContent[],
  properties: Element['properties'] = {},
): Element => ({
  type: 'element',
  tagName,
  properties: className ? { ...properties, className } : properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** `level` is the heading level of the title, so the outline stays right wherever the list sits. */
export function cardNode(card: Card, level: 2 | 3 = 3): Element {
  return el(
    'li',
    ['card'],
    [
      el('p', ['kicker'], [text(card.kicker)]),
      el(`h${level}`, undefined, [el('a', undefined, [text(card.title)], { href: card.href })]),
      el('p', undefined, [text(card.summary)]),
      ...(card.meta.length > 0 ? [el('p', ['meta'], [text(card.meta.join(' · '))])] : []),
    ],
  );
}

/** The list of cards. */
export const cardListNode = (cards: Card[], level: 2 | 3 = 3): Element =>
  el(
    'ul',
    ['cards'],
    cards.map((c) => cardNode(c, level)),
  );
