/**
 * Long text fields (the schema's `multiline` fields) read as a small, safe part of Markdown:
 * paragraphs, bulleted and numbered lists, emphasis and links. Editors type «1. Escriba…» and
 * readers get a numbered list, on the page and in the CMS preview, which both call this.
 *
 * Nothing else is markup: no raw HTML (text becomes hast text nodes, which the serialiser
 * escapes), no headings, images or tables, and a link whose address is not http(s), mailto,
 * tel or a path on this site stays plain text. Browser-safe: no zod, no schema, no parser
 * library, so the admin bundle does not grow.
 */
import { h, type Node, type Nodes } from './html.ts';

const BULLET = /^ {0,3}([-*+])\s+(.*)$/;
const NUMBERED = /^ {0,3}(\d{1,9})[.)]\s+(.*)$/;

interface ListBlock {
  ordered: boolean;
  start: number;
  items: string[];
}
type Block = { paragraph: string } | { list: ListBlock };

function listItem(line: string): { ordered: boolean; number: number; text: string } | undefined {
  const numbered = NUMBERED.exec(line);
  if (numbered) return { ordered: true, number: Number(numbered[1]), text: numbered[2]! };
  const bullet = BULLET.exec(line);
  // A lone «*» or «-» line is a separator someone typed, not an empty item.
  if (bullet && bullet[2]!.trim()) return { ordered: false, number: 0, text: bullet[2]! };
  return undefined;
}

/** Lines into paragraphs and lists. A line after an item continues it unless a blank line came between. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let paragraph: string[] = [];
  let list: ListBlock | undefined;
  let blank = false;
  const endParagraph = () => {
    if (paragraph.length) out.push({ paragraph: paragraph.join('\n') });
    paragraph = [];
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (!line.trim()) {
      endParagraph();
      blank = true;
      continue;
    }
    const item = listItem(line);
    if (item) {
      endParagraph();
      if (!list || list.ordered !== item.ordered) {
        list = { ordered: item.ordered, start: item.number, items: [] };
        out.push({ list });
      }
      list.items.push(item.text.trim());
    } else if (list && (!blank || /^\s{2,}/.test(line))) {
      // A wrapped line, or an indented one after a blank line, belongs to the item above.
      list.items[list.items.length - 1] += `\n${line.trim()}`;
    } else {
      list = undefined;
      paragraph.push(line.trim());
    }
    blank = false;
  }
  endParagraph();
  return out;
}

/** Addresses a link may take: the web, mail, phone, and this site's own paths. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed;
  if (/^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#')) return trimmed;
  return undefined;
}

const LINK = /^\[([^\]\n]+)\]\(\s*<?([^\s)>]+)>?\s*\)/;
const ESCAPABLE = /[\\`*_[\]()#+\-.!<>]/;
const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where an emphasis opened at `from` by `marker` closes, or -1. */
function closing(text: string, from: number, marker: string): number {
  for (let i = text.indexOf(marker, from); i !== -1; i = text.indexOf(marker, i + 1)) {
    const single = marker.length === 1;
    // «*a **b** c*»: a single marker is not closed by half of a double one.
    if (single && (text[i + 1] === marker || text[i - 1] === marker)) continue;
    if (/\s/.test(text[i - 1] ?? ' ')) continue;
    if (marker[0] === '_' && wordChar(text[i + marker.length])) continue;
    return i;
  }
  return -1;
}

/** Emphasis, strong emphasis, links and backslash escapes; everything else is text. */
export function inline(text: string): Nodes {
  const out: Node[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', value: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && ESCAPABLE.test(text[i + 1] ?? '')) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '[') {
      const link = LINK.exec(text.slice(i));
      if (link) {
        flush();
        const href = safeHref(link[2]!);
        const label = inline(link[1]!);
        if (href) out.push(h('a', { href }, label));
        else out.push(...label);
        i += link[0].length;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const marker = text[i + 1] === c ? c + c : c;
      const start = i + marker.length;
      const opens = !/\s/.test(text[start] ?? ' ') && !(c === '_' && wordChar(text[i - 1]));
      const end = opens ? closing(text, start + 1, marker) : -1;
      if (end !== -1) {
        flush();
        out.push(h(marker.length === 2 ? 'strong' : 'em', inline(text.slice(start, end))));
        i = end + marker.length;
        continue;
      }
    }
    buffer += c;
    i++;
  }
  flush();
  return out;
}

/** A long text field as blocks: paragraphs and lists, nothing when it is empty. */
export function markdownBlocks(text: string | undefined): Nodes {
  return blocks(text ?? '').map((block) => {
    if ('paragraph' in block) return h('p', inline(block.paragraph));
    const { ordered, start, items } = block.list;
    return h(
      ordered ? 'ol' : 'ul',
      ordered && start !== 1 ? { start } : {},
      items.map((item) => h('li', inline(item))),
    );
  });
}
