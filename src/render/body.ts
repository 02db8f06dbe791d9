/**
 * An MDX body drawn as HTML, by the build (at content sync, `src/mdx/content-loader.ts`) and by
 * the CMS preview alike: Markdown parsed with the MDX syntax (see `parse`), the allowlisted
 * components drawn by `mdx-components.ts` (Markdown inside `<Recuadro>` included), and anything
 * else shown as a notice, never executed: expressions, unknown tags and unsafe URLs do not reach
 * the markup, and the serialiser escapes all text. In the build a body never gets here unsafe:
 * the loader stops on what `src/mdx/safety.ts` rejects, with file and line.
 */
import type { Element, ElementContent, Properties } from 'hast';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { type Handler, type State, toHast } from 'mdast-util-to-hast';
import { t } from '../i18n/index.ts';
import type { AllowedComponentName } from '../mdx/allowlist.ts';
import { isUnsafeUrl } from './unsafe-url.ts';
import type { RenderContext } from './context.ts';
import { h, type Nodes } from './html.ts';
import { cifra, podcast, recuadro, video } from './mdx-components.ts';
import { deepestNode, TREE_DEPTH_MAX, tooDeepInSource } from './tree-depth.ts';
import { isReservedPageId, reservedPageIds } from './page-ids.ts';
import { parseBody as parse } from './parse-body.ts';

type Props = Record<string, string>;
type Draw = (ctx: RenderContext, props: Props, children: Nodes) => ElementContent;

/** Every allowlisted name must have a drawing: the type fails when the allowlist grows. */
const draw: Record<AllowedComponentName, Draw> = {
  Recuadro: (ctx, props, children) => recuadro(ctx, props, children),
  Cifra: (_ctx, props) => cifra(props),
  Video: (ctx, props) => video(ctx, props),
  Podcast: (ctx, props) => podcast(ctx, props),
};

const notice = (name: string): Element => h('p.recuadro.recuadro-aviso', t('cms.preview.blocked', { name }));

/** Plain string props, or undefined when any prop is computed, an event handler or an unsafe URL. */
function plainProps(node: MdxJsxFlowElement | MdxJsxTextElement): Props | undefined {
  const props: Props = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || /^on/i.test(attribute.name)) return undefined;
    const value = attribute.value ?? '';
    if (typeof value !== 'string' || isUnsafeUrl(value)) return undefined;
    props[attribute.name] = value;
  }
  return props;
}

function jsxHandler(ctx: RenderContext, allowed: ReadonlySet<string>): Handler {
  return (state: State, node: MdxJsxFlowElement | MdxJsxTextElement) => {
    const name = node.name ?? '<>';
    const props = plainProps(node);
    if (!Object.hasOwn(draw, name) || !allowed.has(name) || !props) return notice(`<${name}>`);
    return draw[name as AllowedComponentName](ctx, props, state.all(node) as Nodes);
  };
}

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** A slugger that already holds the page's own ids, so a body heading can never take one. */
function bodySlugger() {
  const slugger = new GithubSlugger();
  for (const id of reservedPageIds) slugger.slug(id);
  return slugger;
}

/**
 * Headings get the ids GitHub (and Astro's Markdown) would give them, so a section can be
 * linked; one that would take an id of the page's own markup gets a suffix. A page that holds
 * several bodies (the course's print version) gives each its own prefix, so that no id
 * repeats; the body's own `#links` to its headings follow the prefix.
 */
function addHeadingIds(nodes: ElementContent[], prefix: string) {
  const slugger = bodySlugger();
  const ids = new Set<string>();
  const visit = (list: ElementContent[]) => {
    for (const node of list) {
      if (node.type !== 'element') continue;
      if (/^h[1-6]$/.test(node.tagName)) {
        let id = slugger.slug(textOf(node));
        while (isReservedPageId(id)) id = slugger.slug(`${id}-texto`);
        ids.add(id);
        node.properties.id = prefix + id;
      } else visit(node.children);
    }
  };
  visit(nodes);
  if (prefix) prefixLocalLinks(nodes, prefix, ids);
}

function prefixLocalLinks(nodes: ElementContent[], prefix: string, ids: Set<string>) {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const href = node.properties.href;
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && ids.has(href.slice(1)))
      node.properties.href = `#${prefix}${href.slice(1)}`;
    prefixLocalLinks(node.children, prefix, ids);
  }
}

/** Links and images keep their address only when it cannot run code. */
function dropUnsafeUrls(nodes: ElementContent[]) {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const props = node.properties as Properties;
    for (const key of ['href', 'src']) {
      if (typeof props[key] === 'string' && isUnsafeUrl(props[key])) delete props[key];
    }
    dropUnsafeUrls(node.children);
  }
}

/**
 * The body as hast nodes, or a notice and the raw text while it cannot be parsed.
 * `idPrefix` goes before every heading id (see addHeadingIds).
 */
export function bodyNodes(ctx: RenderContext, markdown: string, allowed: ReadonlySet<string>, idPrefix = ''): Nodes {
  const tooDeepAt = tooDeepInSource(markdown);
  if (tooDeepAt !== undefined)
    return [
      h('p.recuadro.recuadro-aviso', t('cms.preview.unreadable', { line: tooDeepAt, reason: t('hostile.tooDeep') })),
    ];
  let tree: Root;
  try {
    tree = parse(markdown);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return [
      h(
        'p.recuadro.recuadro-aviso',
        t('cms.preview.unreadable', { line: e.line ?? '?', reason: e.reason ?? e.message }),
      ),
      h('pre', markdown),
    ];
  }
  // Too deep to draw safely; the check refuses it with its line (src/mdx/safety.ts).
  const deepest = deepestNode(tree);
  if (deepest.depth > TREE_DEPTH_MAX)
    return [
      h('p.recuadro.recuadro-aviso', t('cms.preview.unreadable', { line: deepest.line, reason: t('hostile.tooDeep') })),
    ];
  const jsx = jsxHandler(ctx, allowed);
  const code =
    (what: string): Handler =>
    () =>
      notice(what);
  const hast = toHast(tree, {
    handlers: {
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      mdxFlowExpression: code('{…}'),
      mdxTextExpression: code('{…}'),
    },
  });
  const nodes = (hast.type === 'root' ? hast.children : [hast]) as ElementContent[];
  dropUnsafeUrls(nodes);
  addHeadingIds(nodes, idPrefix);
  return nodes;
}
