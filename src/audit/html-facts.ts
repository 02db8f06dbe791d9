/**
 * What the quality gates need to know about one built HTML page, read once with a real HTML
 * parser (attributes, entities and `<template>` handled as a browser would).
 */
import { parse } from 'parse5';

export interface ScriptFact {
  /** Resolved-later URL from `src`, or undefined for an inline script. */
  src?: string;
  /** Inline source text (empty for external scripts). */
  content: string;
  /** Data blocks (`application/ld+json`…) are not executed, so neither budgets nor CSP count them. */
  executable: boolean;
}

export interface ImageFact {
  src: string;
  srcset: string;
  width?: string;
  height?: string;
  alt?: string;
  loading?: string;
  /** 0-based position among the page's images, in document order. */
  index: number;
}

export interface HtmlFacts {
  ids: Set<string>;
  /** `href` of every `<a>` and `<area>`. */
  links: string[];
  inlineStyles: string[];
  /** Stylesheets that block rendering: `<link rel=stylesheet>` without a non-matching media or `disabled`. */
  blockingStylesheets: string[];
  scripts: ScriptFact[];
  images: ImageFact[];
  /** `onclick="…"` and friends: no CSP hash can allow them, so they are reported by name. */
  eventHandlers: string[];
  /** Values of `style="…"` attributes (CSP needs `style-src-attr` for these). */
  styleAttributeValues: string[];
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
}

const NON_JS_TYPES = /^(application\/(ld\+)?json|importmap|speculationrules|text\/(template|plain|html))$/i;

function textOf(node: Node): string {
  return (node.childNodes ?? []).map((c) => c.value ?? '').join('');
}

export function htmlFacts(html: string): HtmlFacts {
  const facts: HtmlFacts = {
    ids: new Set(),
    links: [],
    inlineStyles: [],
    blockingStylesheets: [],
    scripts: [],
    images: [],
    eventHandlers: [],
    styleAttributeValues: [],
  };
  const visit = (node: Node) => {
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
    const id = attrs.get('id');
    if (id) facts.ids.add(id);
    // Old-style `<a name>` targets still resolve a fragment in browsers.
    if (node.nodeName === 'a' && attrs.get('name')) facts.ids.add(attrs.get('name')!);
    for (const name of attrs.keys()) if (/^on[a-z]+$/.test(name)) facts.eventHandlers.push(`${node.nodeName}[${name}]`);
    if (attrs.has('style')) facts.styleAttributeValues.push(attrs.get('style')!);
    switch (node.nodeName) {
      case 'a':
      case 'area':
        if (attrs.has('href')) facts.links.push(attrs.get('href')!);
        break;
      case 'style':
        facts.inlineStyles.push(textOf(node));
        break;
      case 'link': {
        const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
        const media = (attrs.get('media') ?? 'all').trim().toLowerCase();
        if (
          rel.includes('stylesheet') &&
          !rel.includes('alternate') &&
          !attrs.has('disabled') &&
          media !== 'print' &&
          attrs.get('href')
        )
          facts.blockingStylesheets.push(attrs.get('href')!);
        break;
      }
      case 'script': {
        const type = (attrs.get('type') ?? '').trim();
        facts.scripts.push({
          src: attrs.get('src'),
          content: attrs.has('src') ? '' : textOf(node),
          executable: !NON_JS_TYPES.test(type),
        });
        break;
      }
      case 'img':
        facts.images.push({
          src: attrs.get('src') ?? '',
          srcset: attrs.get('srcset') ?? '',
          width: attrs.get('width'),
          height: attrs.get('height'),
          alt: attrs.get('alt'),
          loading: attrs.get('loading'),
          index: facts.images.length,
        });
        break;
    }
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html) as unknown as Node);
  return facts;
}
