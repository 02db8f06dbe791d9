/**
 * An MDX body drawn for the CMS preview: Markdown parsed with the same MDX syntax the build
 * uses (remark-parse + remark-mdx + GFM), the allowlisted components drawn by the same functions
 * as the site (Markdown inside `<Recuadro>` included), and anything else shown as a notice,
 * never executed: expressions, imports, unknown tags and unsafe URLs do not reach the markup,
 * and the serialiser escapes all text. The build renders bodies through Astro's MDX instead;
 * the check (`src/mdx/safety.ts`) makes sure a body that would differ never gets there.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { Nodes as MdastNodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { type Handler, type State, toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { t } from '../i18n/index.ts';
import type { AllowedComponentName } from '../mdx/allowlist.ts';
import { isUnsafeUrl } from '../mdx/unsafe-url.ts';
import type { RenderContext } from './context.ts';
import { h, type Nodes } from './html.ts';
import { cifra, podcast, recuadro, video } from './mdx-components.ts';

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

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The body as hast nodes, or a notice and the raw text while it cannot be parsed. */
export function bodyNodes(ctx: RenderContext, markdown: string, allowed: ReadonlySet<string>): Nodes {
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(markdown)) as Root;
  } catch (error) {
    const e = error as { line?: number; reason?: string; message: string };
    return [h('p.recuadro.recuadro-aviso', t('cms.preview.unreadable', { line: e.line ?? '?', reason: e.reason ?? e.message })), h('pre', markdown)];
  }
  const jsx = jsxHandler(ctx, allowed);
  const code = (what: string): Handler => () => notice(what);
  const hast = toHast(tree as MdastNodes, {
    handlers: {
      mdxJsxFlowElement: jsx,
      mdxJsxTextElement: jsx,
      mdxFlowExpression: code('{…}'),
      mdxTextExpression: code('{…}'),
      mdxjsEsm: code('import/export'),
    },
  });
  const nodes = (hast.type === 'root' ? hast.children : [hast]) as ElementContent[];
  dropUnsafeUrls(nodes);
  return nodes;
}
