/**
 * MDX bodies come from editors through the CMS: they are untrusted. MDX is JavaScript in
 * disguise (imports, `{expressions}`, any component), so a body is parsed to its syntax tree
 * and only plain Markdown plus the allowlisted components with valid props may pass.
 * The content check (`validation/mdx-safety.ts`) and the build's content loader
 * (`mdx/content-loader.ts`) both call `checkMdxBody`, so what the check accepts is exactly what
 * the build renders.
 */
import type { Root, Nodes } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { limits } from '../reading/limits.ts';
import { editorError } from './editor-error.ts';
import { deepestNode, TREE_DEPTH_MAX, tooDeepInSource } from '../render/tree-depth.ts';
import { isAllowedComponent, mdxAllowlist } from './allowlist.ts';

export interface MdxViolation {
  /** 1-based line within the body. */
  line: number;
  /** Spanish, for editors: what is wrong and what to do instead. */
  reason: string;
}

const allowedNames = () =>
  Object.keys(mdxAllowlist)
    .map((n) => `<${n}>`)
    .join(', ');

/** Tags named for what they would do, so the editor reads why rather than just "not allowed". */
const DANGEROUS_TAGS: Record<string, string> = {
  script: 'La etiqueta <script> ejecutaría código en el navegador de quien lee.',
  iframe: 'La etiqueta <iframe> incrusta otra página dentro del portal.',
  style: 'La etiqueta <style> cambiaría la apariencia del portal.',
};

import { isUnsafeUrl } from '../render/unsafe-url.ts';

export { isUnsafeUrl };

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function checkAttributes(node: JsxElement, line: number, out: MdxViolation[]) {
  const tag = node.name ?? '';
  const props: Record<string, string | true> = {};
  for (const attribute of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    const at = attribute.position?.start.line ?? line;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      out.push({
        line: at,
        reason: `<${tag}> usa atributos calculados con llaves ({…}); escriba cada atributo como texto: nombre="valor".`,
      });
      continue;
    }
    const { name, value } = attribute;
    if (/^on/i.test(name)) {
      out.push({
        line: at,
        reason: `El atributo «${name}» de <${tag}> ejecutaría código al interactuar con la página; quítelo.`,
      });
      continue;
    }
    if (value !== null && typeof value === 'object') {
      out.push({
        line: at,
        reason: `El atributo «${name}» de <${tag}> es una expresión entre llaves; escríbalo como texto entre comillas.`,
      });
      continue;
    }
    if (typeof value === 'string' && isUnsafeUrl(value)) {
      out.push({
        line: at,
        reason: `El atributo «${name}» de <${tag}> contiene una dirección «javascript:» u otra que ejecuta código; use una dirección https://.`,
      });
      continue;
    }
    props[name] = value ?? true;
  }
  return props;
}

function checkElement(node: JsxElement, line: number, out: MdxViolation[]) {
  const tag = node.name;
  if (tag === null) {
    out.push({ line, reason: 'Los fragmentos vacíos <>…</> no están permitidos; escriba el texto sin ellos.' });
    return;
  }
  const dangerous = DANGEROUS_TAGS[tag.toLowerCase()];
  const props = checkAttributes(node, line, out);
  if (dangerous) {
    out.push({ line, reason: `${dangerous} No está permitida en el contenido.` });
    return;
  }
  if (!isAllowedComponent(tag)) {
    out.push({ line, reason: `El componente <${tag}> no está permitido. Solo se admiten: ${allowedNames()}.` });
    return;
  }
  const component = mdxAllowlist[tag];
  const result = component.props.safeParse(props);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.length ? `«${issue.path.join('.')}»` : '';
      const detail =
        issue.code === 'unrecognized_keys' ? `atributo no reconocido: ${issue.keys.join(', ')}` : issue.message;
      out.push({ line, reason: `<${tag}> tiene un atributo no válido ${field}: ${detail}.`.replace('  ', ' ') });
    }
  }
  if (!component.children && node.children.length > 0) {
    out.push({ line, reason: `<${tag}> no lleva contenido dentro; ciérrelo así: <${tag} … />.` });
  }
}

/** Every unsafe construct in a parsed MDX tree, in document order. */
export function unsafeNodes(tree: Root): MdxViolation[] {
  const out: MdxViolation[] = [];
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'mdxjsEsm':
        out.push({
          line,
          reason: 'Las instrucciones import y export no están permitidas: el contenido no puede traer código.',
        });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        out.push({
          line,
          reason:
            'Las expresiones entre llaves {…} no están permitidas. Para escribir una llave literal use \\{ o \\}.',
        });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, line, out);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (isUnsafeUrl(node.url))
          out.push({
            line,
            reason: `La dirección «${node.url.slice(0, 40)}» ejecutaría código; use una dirección https:// o una ruta del portal.`,
          });
        else if (isOtherHostShorthand(node.url))
          out.push({
            line,
            reason: `La dirección «${node.url.slice(0, 40)}» empieza por «//» y lleva a otro sitio sin decirlo; escriba la dirección completa con https:// o una ruta del portal que empiece por una sola «/».`,
          });
        else if (node.type === 'image' && !isPortalPath(node.url))
          out.push({
            line,
            reason: `La imagen «${node.url.slice(0, 40)}» se cargaría desde otro sitio, que vería a cada lector; súbala al portal y use su ruta (/materiales/…).`,
          });
        break;
      case 'html':
        // Not produced by remark-mdx (MDX has no raw HTML), kept in case a plugin adds it.
        out.push({ line, reason: 'El HTML incrustado no está permitido.' });
        return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return out;
}

/** `//host/…` is another site in the reader's scheme: easy to miss, so refused in favour of https://. */
const isOtherHostShorthand = (url: string) => /^[\\/]{2}/.test(url.trim());
/** A path on the portal itself (or a relative one): no scheme, no host. */
const isPortalPath = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url.trim()) && !isOtherHostShorthand(url);

const tooDeep = (line: number): MdxViolation => ({
  line,
  reason: `El texto anida más de ${limits.bodyDepth} niveles (citas dentro de citas, listas dentro de listas o recuadros dentro de recuadros). Simplifique la estructura.`,
});

function nestingBeforeParsing(body: string): MdxViolation | undefined {
  const line = tooDeepInSource(body);
  return line === undefined ? undefined : tooDeep(line);
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** Parses an MDX body and returns its problems; a body MDX cannot parse is one problem. */
export function checkMdxBody(body: string): MdxViolation[] {
  const early = nestingBeforeParsing(body);
  if (early) return [early];
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [
      {
        line: line ?? 1,
        reason: `El texto no es MDX válido: ${reason ?? String(error)}. Revise las etiquetas < > y las llaves { }.`,
      },
    ];
  }
  const deepest = deepestNode(tree);
  if (deepest.depth > TREE_DEPTH_MAX) return [tooDeep(deepest.line)];
  return unsafeNodes(tree);
}

/**
 * The build's guard: an unsafe body stops the build even if nobody ran the check, with every
 * problem at its line. `firstLine` is the file line the body starts on.
 */
export function unsafeBodyError(body: string, file: string, firstLine = 1): Error | undefined {
  const violations = checkMdxBody(body);
  if (violations.length === 0) return undefined;
  const lines = violations.map((v) => `  ${file}:${v.line + firstLine - 1}: ${v.reason}`);
  return editorError(`MDX no seguro en ${file}; corra «npm run check» para ver cada problema:\n${lines.join('\n')}`);
}
