/**
 * Reads the content tree the way Astro's glob loaders do (same folders, same ids), keeping
 * each entry's file path and where its front matter starts so problems can point at lines.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { collectionNames, collections, entryId, extensionsOf } from '../schemas/index.ts';
import type { CollectionName } from '../schemas/index.ts';
import type { Problem } from './problems.ts';
import { problems as catalogue } from './problems.ts';

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

interface Parsed {
  data: unknown;
  lineOf: RawEntry['lineOf'];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses YAML with dates left as strings: schemas coerce them, in Node and Astro alike. */
function parseYaml(source: string, file: string, lineOffset: number, problems: Problem[]): Parsed | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, lineCounter });
  for (const error of doc.errors) {
    const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
    problems.push(catalogue.yamlSyntax(file, line, error.message));
  }
  if (doc.errors.length) return undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { data: doc.toJS() ?? {}, lineOf };
}

/**
 * One entry from its text, as the check reads it. Reads no file, so the CMS runs it in the
 * browser on the text it is about to save (src/validation/entry.ts).
 */
export function parseEntryText(collection: CollectionName, file: string, source: string, problems: Problem[]): RawEntry | undefined {
  const id = entryId(file.slice(file.lastIndexOf('/') + 1));
  if (collections[collection].format === 'yaml') {
    const parsed = parseYaml(source, file, 0, problems);
    return parsed && { collection, id, file, ...parsed, body: '', bodyLine: 1 };
  }
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    problems.push(catalogue.missingFrontMatter(file));
    return undefined;
  }
  const parsed = parseYaml(match[1] ?? '', file, 1, problems);
  if (!parsed) return undefined;
  const bodyLine = match[0].split('\n').length;
  return { collection, id, file, ...parsed, body: source.slice(match[0].length), bodyLine };
}

export function parseEntry(collection: CollectionName, absolute: string, root: string, problems: Problem[]): RawEntry | undefined {
  return parseEntryText(collection, relative(root, absolute), readFileSync(absolute, 'utf8'), problems);
}

/** Every entry of every collection under `contentDir`, plus the problems met reading them. */
export function loadContent(root: string, contentDir = join(root, 'content')) {
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];
  for (const collection of collectionNames) {
    const { folder, format } = collections[collection];
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    const exts = extensionsOf(format);
    for (const name of readdirSync(dir).sort()) {
      const absolute = join(dir, name);
      const ext = name.slice(name.lastIndexOf('.') + 1);
      if (name.startsWith('.') || !name.includes('.')) continue;
      if (!exts.includes(ext)) {
        problems.push(catalogue.wrongExtension(relative(root, absolute), exts));
        continue;
      }
      const entry = parseEntry(collection, absolute, root, problems);
      if (entry) entries.push(entry);
    }
  }
  return { entries, problems };
}
