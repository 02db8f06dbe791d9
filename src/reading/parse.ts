/**
 * One content file, from bytes to data: the only parser of content files. The check
 * (`src/validation`) and the build's loader (`src/mdx/content-loader.ts`) both call `readEntry`,
 * so what one sees the other publishes. Before this, the build read front matter with another
 * YAML library and another idea of where front matter ends, and hostile files slipped between
 * the two (a line `---x: 1`, merge keys, `!!js/function` tags, alias bombs).
 *
 * The YAML read here is the plain subset editors and the CMS write: YAML 1.2 core schema (dates
 * stay text; the schemas turn them into days), unique keys, and no anchors, aliases, merge keys
 * or tags. Those are refused with a Spanish message rather than interpreted, so nothing in a
 * file can expand, import or instantiate anything.
 */
import { LineCounter, type Node, isAlias, isNode, isScalar, parseDocument, visit } from 'yaml';
import { collections, type CollectionName } from '../schemas/index.ts';
import { type Problem, problems as catalogue } from '../validation/problems.ts';
import { limitWords, limits } from './limits.ts';

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as editors see it. */
  file: string;
  data: unknown;
  body: string;
  /** 1-based line where the body starts (MDX), for problems found in the body. */
  bodyLine: number;
  /** 1-based line of the deepest existing node along a field path. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/**
 * Front matter opens with a line `---` and closes at the next line that is exactly `---`
 * (trailing blanks allowed). A line that merely starts with `---` is front matter text.
 */
const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Bytes as text, or the line of the first byte that is not UTF-8. */
function decode(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    return { badLine: lineAt(lenient, lenient.indexOf('\uFFFD')) };
  }
}

interface Parsed {
  data: unknown;
  lineOf: RawEntry['lineOf'];
}

/** Refuses what the plain subset leaves out, each at its line. */
function plainSubsetProblems(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  file: string,
  offset: number,
): Problem[] {
  const out: Problem[] = [];
  const lineOfNode = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? lines.linePos(node.range[0]).line + offset : undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<')
        out.push(catalogue.yamlFeature(file, lineOfNode(pair.key), 'La combinación de campos «<<:»'));
    },
    Node(_key, node, path) {
      if (isAlias(node)) {
        out.push(catalogue.yamlFeature(file, lineOfNode(node), `El alias «*${node.source}»`));
        return visit.SKIP;
      }
      const n = node as Node;
      if (n.anchor) out.push(catalogue.yamlFeature(file, lineOfNode(n), `El ancla «&${n.anchor}»`));
      if (n.tag)
        out.push(
          catalogue.yamlFeature(file, lineOfNode(n), `La etiqueta «${n.tag.replace('tag:yaml.org,2002:', '!!')}»`),
        );
      const depth = path.filter((p) => isNode(p) && !isScalar(p)).length;
      if (depth > limits.yamlDepth) {
        out.push(catalogue.yamlFeature(file, lineOfNode(n), `Anidar más de ${limits.yamlDepth} niveles de campos`));
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return out;
}

function parseYaml(source: string, file: string, lineOffset: number, problems: Problem[]): Parsed | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    lineCounter,
  });
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
    problems.push(catalogue.yamlSyntax(file, line, error.message));
  }
  if (doc.errors.length) return undefined;
  const refused = plainSubsetProblems(doc, lineCounter, file, lineOffset);
  if (refused.length) {
    problems.push(...refused);
    return undefined;
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  // No aliases are left, so nothing can expand; the count is a second guard all the same.
  return { data: doc.toJS({ maxAliasCount: 0 }) ?? {}, lineOf };
}

/**
 * Reads one content file. Returns the entry, or undefined with the reasons in `problems`.
 * `file` is the path editors see (relative to the project root).
 */
export function readEntry(
  collection: CollectionName,
  id: string,
  file: string,
  bytes: Uint8Array,
  problems: Problem[],
): RawEntry | undefined {
  if (bytes.byteLength > limits.fileBytes) {
    problems.push(
      catalogue.tooLarge(
        file,
        '',
        '',
        `El archivo pesa ${Math.round(bytes.byteLength / 1024).toLocaleString('es-CO')} KB; el máximo es ${limitWords.fileBytes}.`,
        'Divida el contenido en varias entradas o mueva los anexos a /materiales/.',
      ),
    );
    return undefined;
  }
  const decoded = decode(bytes);
  if ('badLine' in decoded) {
    problems.push(catalogue.notUtf8(file, decoded.badLine));
    return undefined;
  }
  const source = decoded.text.replace(/^\uFEFF/, '');
  if (collections[collection].format === 'yaml') {
    const parsed = parseYaml(source, file, 0, problems);
    return parsed && { collection, id, file, ...parsed, body: '', bodyLine: 1 };
  }
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    problems.push(catalogue.missingFrontMatter(file));
    return undefined;
  }
  // A line that starts like the closing `---` but is not one: other readers would end the
  // front matter there and publish the rest as body, so it is refused rather than guessed.
  const ambiguous = (match[1] ?? '').split('\n').findIndex((line) => /^---/.test(line));
  if (ambiguous >= 0) {
    problems.push(catalogue.yamlFeature(file, ambiguous + 2, 'Una línea que empieza por «---» dentro de los datos'));
    return undefined;
  }
  const parsed = parseYaml(match[1] ?? '', file, 1, problems);
  if (!parsed) return undefined;
  const bodyLine = match[0].split('\n').length;
  const body = source.slice(match[0].length);
  if (body.length > limits.bodyChars) {
    const label =
      'body' in collections[collection] ? (collections[collection] as { body: { label: string } }).body.label : 'Texto';
    problems.push(
      catalogue.tooLarge(
        file,
        'body',
        label,
        `El texto tiene ${body.length.toLocaleString('es-CO')} caracteres; el máximo es ${limitWords.bodyChars}.`,
        'Resuma o divida el texto en varias entradas.',
      ),
    );
    return undefined;
  }
  return { collection, id, file, ...parsed, body, bodyLine };
}

/**
 * The body of an MDX file the build's loader already accepted, cut as `readEntry` cuts it (same
 * decoding, same end of front matter): the content layer keeps front matter only, and pages read
 * their body from the file when they draw it (src/core/content.ts, `bodyOf`). Undefined when the
 * file is no longer one `readEntry` would read.
 */
export function bodyOfFile(bytes: Uint8Array): string | undefined {
  const decoded = decode(bytes);
  if ('badLine' in decoded) return undefined;
  const source = decoded.text.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(source);
  return match ? source.slice(match[0].length) : undefined;
}
