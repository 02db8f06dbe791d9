/**
 * Materials, posters, captions and audio the portal serves itself (`/materiales/…`) must be
 * in `public/`: a trainer who walks to a room without internet finds out too late otherwise.
 */
import type { RawEntry } from './load.ts';
import { problems as catalogue, type Problem } from './problems.ts';
import { formatPath, labelPath, schemaOf } from './schema-of.ts';

const SERVED = /^\/materiales\//;

/** Every string in the front matter that names a served file, with its path. */
function servedPaths(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; href: string }[] {
  if (typeof value === 'string') return SERVED.test(value) ? [{ path, href: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => servedPaths(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => servedPaths(v, [...path, k]));
  return [];
}

/** Served files one entry names that `exists` (given the decoded path under public/) does not know. */
export function missingServedFilesIn(entry: RawEntry, exists: (publicPath: string) => boolean): Problem[] {
  const found: Problem[] = [];
  for (const { path, href } of servedPaths(entry.data)) {
    if (exists(decodeURIComponent(href))) continue;
    const problem = catalogue.missingServedFile(entry.file, formatPath(path), labelPath(schemaOf(entry.collection).fields, path), href);
    problem.line = entry.lineOf(path);
    found.push(problem);
  }
  return found;
}
