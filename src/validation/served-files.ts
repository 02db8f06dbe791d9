/**
 * Materials, posters, captions and audio the portal serves itself (`/materiales/…`) must be
 * in `public/`: a trainer who walks to a room without internet finds out too late otherwise.
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { problems as catalogue, type Problem } from './problems.ts';
import type { ContentRule } from './rules.ts';
import { formatPath, labelPath, schemaOf } from './validate.ts';

const SERVED = /^\/materiales\//;

/** Every string in the front matter that names a served file, with its path. */
function servedPaths(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; href: string }[] {
  if (typeof value === 'string') return SERVED.test(value) ? [{ path, href: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => servedPaths(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => servedPaths(v, [...path, k]));
  return [];
}

/** The file a served path names under public/, or undefined when the path cannot name one there. */
function servedFile(root: string, href: string): string | undefined {
  let decoded: string;
  try {
    // A stray «%» (50%.pdf) is not an escape: it once stopped the whole check with a stack trace.
    decoded = decodeURIComponent(href.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const inside = normalize(decoded);
  if (!inside.startsWith('/materiales/') || decoded.includes('\0')) return undefined;
  return join(root, 'public', inside);
}

export const servedFilesExist: ContentRule = ({ root, raw }) => {
  const found: Problem[] = [];
  for (const entry of raw) {
    for (const { path, href } of servedPaths(entry.data)) {
      const file = servedFile(root, href);
      if (file && existsSync(file) && statSync(file).isFile()) continue;
      const problem = file
        ? catalogue.missingServedFile(entry.file, formatPath(path), labelPath(schemaOf(entry.collection).fields, path), href)
        : catalogue.badServedPath(entry.file, formatPath(path), labelPath(schemaOf(entry.collection).fields, path), href);
      problem.line = entry.lineOf(path);
      found.push(problem);
    }
  }
  return found;
};
