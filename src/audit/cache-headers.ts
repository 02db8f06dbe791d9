/**
 * How long browsers keep files. A file named by a hash of its content never changes under that
 * name, so a returning reader on 3G downloads it once: Astro's assets and Pagefind's index,
 * filter and result files (most of what a search downloads). Everything else keeps the host's
 * default, which revalidates: pages, and Pagefind's script, WebAssembly, entry and metadata,
 * whose names stay the same from build to build or name the current index.
 *
 * The promise is only safe while those folders hold hashed names alone; the quality gates fail
 * the build on any file there that is not (unhashedFiles).
 */
import { relative, sep } from 'node:path';
import { walkFiles } from './built-site.ts';
import type { HeaderRule } from './headers-file.ts';

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Folders served as immutable, and what a content-hashed file name looks like in each. */
export const HASHED_FOLDERS: Record<string, RegExp> = {
  // Astro: `name.HASH.ext`, and `name.HASH_OPTIONSHASH.ext` for transformed images.
  '/_astro/': /\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/,
  '/pagefind/index/': /^[a-z]+_[0-9a-f]{7,}\.pf_index$/,
  '/pagefind/fragment/': /^[a-z]+_[0-9a-f]{7,}\.pf_fragment$/,
  '/pagefind/filter/': /^[a-z]+_[0-9a-f]{7,}\.pf_filter$/,
};

export function cacheRules(): HeaderRule[] {
  return Object.keys(HASHED_FOLDERS).map((folder) => ({
    path: `${folder}*`,
    headers: [['Cache-Control', IMMUTABLE]],
    comment: 'Named by a hash of their content: kept for a year (see src/audit/cache-headers.ts).',
  }));
}

/** Public paths of files in an immutable folder whose names carry no content hash. */
export function unhashedFiles(dist: string): string[] {
  const found: string[] = [];
  for (const file of walkFiles(dist)) {
    const path = `/${relative(dist, file).split(sep).join('/')}`;
    const folder = Object.keys(HASHED_FOLDERS).find((f) => path.startsWith(f));
    if (folder && !HASHED_FOLDERS[folder]!.test(path.slice(path.lastIndexOf('/') + 1))) found.push(path);
  }
  return found;
}
