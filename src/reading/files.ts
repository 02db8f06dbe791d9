/**
 * Which files make up a collection, and under which ids: the one listing the check and the
 * build's loader share. A name either becomes an entry in both or is refused in both with a
 * Spanish problem: hidden files (`.borrador.mdx`), two files with one id (`salud.yaml` next to
 * `salud.yml`), ids a page of the collection's route already uses, files of another type.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type CollectionName, collectionNames, collections, entryId, extensionsOf } from '../schemas/index.ts';
import { type Problem, problems as catalogue } from '../validation/problems.ts';
import { type RawEntry, bodyOfFile, readEntry } from './parse.ts';
import { buildError, EntryBodyUnreadable } from '../core/errors/index.ts';
import { isReserved, pagesDirOf, reservedIds } from './reserved-ids.ts';

export interface ContentFile {
  collection: CollectionName;
  id: string;
  absolute: string;
  /** Relative to the project root, as editors see it. */
  file: string;
}

/** The files of one collection's folder (`dir`), with the problems of their names. */
export function listCollection(
  collection: CollectionName,
  dir: string,
  root: string,
): { files: ContentFile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const files: ContentFile[] = [];
  if (!existsSync(dir)) return { files, problems };
  const { format, route } = collections[collection] as { format: 'mdx' | 'yaml'; route?: string };
  const exts = extensionsOf(format);
  const reserved = reservedIds(pagesDirOf(root), route);
  const byId = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isFile()) continue;
    const name = entry.name;
    const absolute = join(dir, name);
    const file = relative(root, absolute);
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
    if (name.startsWith('.')) {
      // Editors' tools leave `.DS_Store` and the like; only content-looking files are news.
      if (exts.includes(ext)) problems.push(catalogue.hiddenFile(file));
      continue;
    }
    if (!ext) continue;
    if (!exts.includes(ext)) {
      problems.push(catalogue.wrongExtension(file, exts));
      continue;
    }
    const id = entryId(name);
    const other = byId.get(id);
    if (other) {
      problems.push(catalogue.duplicateId(file, other));
      continue;
    }
    byId.set(id, file);
    if (route && isReserved(id, reserved)) {
      problems.push(catalogue.reservedId(file, `${route}/${id}`));
      continue;
    }
    files.push({ collection, id, absolute, file });
  }
  return { files, problems };
}

/** Reads one listed file. */
export const readContentFile = (f: ContentFile, problems: Problem[]): RawEntry | undefined =>
  readEntry(f.collection, f.id, f.file, readFileSync(f.absolute), problems);

/** Every entry of every collection under `contentDir`, plus the problems met reading them. */
export function readContent(root: string, contentDir = join(root, 'content')) {
  const problems: Problem[] = [];
  const entries: RawEntry[] = [];
  for (const collection of collectionNames) {
    const listed = listCollection(collection, join(contentDir, collections[collection].folder), root);
    problems.push(...listed.problems);
    for (const f of listed.files) {
      const entry = readContentFile(f, problems);
      if (entry) entries.push(entry);
    }
  }
  return { entries, problems };
}

/**
 * The body of an MDX entry the content layer holds, from its file (`filePath`, relative to
 * `root`, as the loader stores it): the content layer keeps the front matter only. YAML entries
 * have no body ('').
 */
export function readBody(root: string, filePath: string | undefined): string {
  if (!filePath?.endsWith('.mdx')) return '';
  let body: string | undefined;
  try {
    body = bodyOfFile(readFileSync(join(root, filePath)));
  } catch {
    body = undefined;
  }
  if (body === undefined) throw buildError(EntryBodyUnreadable, filePath);
  return body.trim();
}
