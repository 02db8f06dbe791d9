/**
 * The check reads content through `src/reading`, the same module the build's loader uses, so
 * the two cannot disagree on which files exist or what they say. Kept as the check's entry
 * point to reading, with the names the rest of the check (and the CMS's per-entry check) use.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readEntry } from '../reading/parse.ts';
import { type CollectionName, entryId } from '../schemas/index.ts';
import type { Problem } from './problems.ts';

export { type RawEntry, readEntry } from '../reading/parse.ts';
export { readContent as loadContent } from '../reading/files.ts';

/**
 * One entry from its text, as the check and the build read it. Reads no file, so the CMS can run
 * it in the browser on the text it is about to save.
 */
export function parseEntryText(collection: CollectionName, file: string, source: string, problems: Problem[]) {
  return readEntry(
    collection,
    entryId(file.slice(file.lastIndexOf('/') + 1)),
    file,
    new TextEncoder().encode(source),
    problems,
  );
}

/** One file on disk, read as the build reads it. */
export function parseEntry(collection: CollectionName, absolute: string, root: string, problems: Problem[]) {
  const name = absolute.slice(absolute.lastIndexOf('/') + 1);
  return readEntry(collection, entryId(name), relative(root, absolute), readFileSync(absolute), problems);
}
