/**
 * The text readers will read, for checks that look for words rather than syntax (personal
 * data). Source lines hide what a page shows: a number split over two lines, written with a
 * character reference (`&#51;10`), Markdown escapes (`310\-555`), emphasis (`310 **555** 1234`),
 * soft hyphens, full-width digits or double spaces all read as one plain number on the page.
 * So a body is parsed as the renderer parses it, each block's text is joined, entities decoded,
 * Markdown removed, invisible characters dropped, Unicode NFKC-normalised and runs of blanks
 * made one space; every character keeps the source line it came from, so problems still point
 * at a line.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { tooDeepInSource } from '../render/tree-depth.ts';
import { parseBody } from '../render/parse-body.ts';

/** Text as read, with the source line of each character. */
export interface Passage {
  text: string;
  lineAt: (index: number) => number;
}

/** Characters that change nothing a reader sees (soft hyphen, zero-width spaces and joiners, BOM). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/u;

class PassageBuilder {
  private chars: string[] = [];
  private lines: number[] = [];

  /** Appends source text that starts at `line`. */
  add(source: string, line: number) {
    let current = line;
    for (const ch of source) {
      if (ch === '\n') current++;
      const code = ch.charCodeAt(0);
      // ASCII needs no normalising: the common case, kept cheap.
      if (code < 128) {
        if (code <= 32) {
          if (this.chars.length && this.chars[this.chars.length - 1] !== ' ') this.push(' ', current);
        } else this.push(ch, current);
        continue;
      }
      if (INVISIBLE.test(ch)) continue;
      const normal = ch.normalize('NFKC');
      for (const out of normal) {
        if (/\s/u.test(out)) {
          if (this.chars.length && this.chars[this.chars.length - 1] !== ' ') this.push(' ', current);
        } else this.push(out, current);
      }
    }
  }

  private push(ch: string, line: number) {
    this.chars.push(ch);
    this.lines.push(line);
  }

  get empty() {
    return this.chars.every((c) => c === ' ');
  }

  build(): Passage {
    const lines = this.lines;
    return { text: this.chars.join(''), lineAt: (i) => lines[Math.min(Math.max(i, 0), lines.length - 1)] ?? 1 };
  }
}

/** A plain string (a front-matter field) as read: normalised, no Markdown. */
export function plainPassage(text: string, line = 1): Passage {
  const b = new PassageBuilder();
  b.add(text, line);
  return b.build();
}

const INLINE_TEXT = new Set(['text', 'inlineCode', 'code', 'html']);
/** Blocks whose inline content reads as one run of text. */
const LEAF_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

/** Walks a tree into passages: one per leaf block, one per address and per component attribute. */
function passagesOf(tree: Root, firstLine: number): Passage[] {
  const out: Passage[] = [];
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + firstLine - 1;
  const side = (text: string, node: Nodes) => out.push(plainPassage(text, lineOf(node)));

  const inline = (node: Nodes, b: PassageBuilder) => {
    if (INLINE_TEXT.has(node.type) && 'value' in node) b.add(String(node.value), lineOf(node));
    else if (node.type === 'break') b.add(' ', lineOf(node));
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') side(decodeUrl(node.url), node);
    if (node.type === 'image' && node.alt) side(node.alt, node);
    if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') attributes(node);
    if ('children' in node) for (const child of node.children) inline(child as Nodes, b);
  };

  const attributes = (node: Nodes) => {
    if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
    for (const a of node.attributes)
      if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') side(a.value, node);
  };

  // An explicit stack: depth is bounded by the MDX check, but the walk should not depend on it.
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (LEAF_BLOCKS.has(node.type)) {
      const b = new PassageBuilder();
      inline(node, b);
      if (!b.empty) out.push(b.build());
      continue;
    }
    if (node.type === 'definition') side(decodeUrl(node.url), node);
    attributes(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return out;
}

/** `mailto:juan%40gmail.com` as a reader's mail program reads it. */
function decodeUrl(url: string) {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** A body's text as readers read it; when it cannot be parsed, its lines as written. */
export function bodyPassages(body: string, firstLine = 1): Passage[] {
  // A body nested past any real text is refused by the MDX check; read its lines as written.
  if (tooDeepInSource(body) !== undefined) return body.split('\n').map((line, i) => plainPassage(line, firstLine + i));
  try {
    return passagesOf(parseBody(body), firstLine);
  } catch {
    return body.split('\n').map((line, i) => plainPassage(line, firstLine + i));
  }
}

/**
 * A front-matter string as read. Plain fields are shown as written and long-text fields as
 * paragraphs; both readings are returned, so an evasion that works in either is seen.
 */
export function fieldPassages(value: string, line = 1): Passage[] {
  const plain = plainPassage(value, line);
  if (!/[&\\*_`~[<]/.test(value)) return [plain];
  try {
    return [plain, ...passagesOf(fromMarkdown(value), line)];
  } catch {
    return [plain];
  }
}
