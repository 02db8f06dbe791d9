/**
 * The check reads content through `src/reading`, the same module the build's loader uses, so
 * the two cannot disagree on which files exist or what they say. Kept as the check's entry
 * point to reading.
 */
export { type RawEntry, readEntry } from '../reading/parse.ts';
export { readContent as loadContent } from '../reading/files.ts';
