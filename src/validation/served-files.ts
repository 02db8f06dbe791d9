/**
 * Materials, posters, captions and audio the portal serves itself (`/materiales/…`) must be
 * in `public/`: a trainer who walks to a room without internet finds out too late otherwise.
 */
import { normalisePath } from './image-paths.ts';
import type { RawEntry } from './load.ts';
import { problems as catalogue, type Problem } from './problems.ts';
import { formatPath, labelPath, schemaOf } from './schema-of.ts';

const SERVED = /^\/materiales\//;

/** Every string in the front matter that names a served file, with its path. */
function servedPaths(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; href: string }[] {
  if (typeof value === 'string') return SERVED.test(value) ? [{ path, href: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => servedPaths(item, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => servedPaths(v, [...path, k]));
  return [];
}

/** The path under public/ a served address names, or undefined when it cannot name one there. */
function publicPathOf(href: string): string | undefined {
  let decoded: string;
  try {
    // A stray «%» (50%.pdf) is not an escape: it once stopped the whole check with a stack trace.
    decoded = decodeURIComponent(href.split(/[?#]/)[0]!);
  } catch {
    return undefined;
  }
  const inside = `/${normalisePath(decoded)}`;
  if (!inside.startsWith('/materiales/') || decoded.includes('\0')) return undefined;
  return inside;
}

/** Served files one entry names that `exists` (given the path under public/) does not know. */
export function missingServedFilesIn(entry: RawEntry, exists: (publicPath: string) => boolean): Problem[] {
  const found: Problem[] = [];
  for (const { path, href } of servedPaths(entry.data)) {
    const publicPath = publicPathOf(href);
    if (publicPath && exists(publicPath)) continue;
    const problem = publicPath
      ? catalogue.missingServedFile(
          entry.file,
          formatPath(path),
          labelPath(schemaOf(entry.collection).fields, path),
          href,
        )
      : catalogue.badServedPath(entry.file, formatPath(path), labelPath(schemaOf(entry.collection).fields, path), href);
    problem.line = entry.lineOf(path);
    found.push(problem);
  }
  return found;
}
