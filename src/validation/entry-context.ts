/**
 * What one entry's verdict (entry.ts) needs from the rest of the tree, read from the disk: the
 * ids of every collection, the files under public/, the institutional domains. The check builds
 * it once per run; the admin page publishes it as `/admin/validacion.json` for the browser; a
 * server that writes entries can call `validateWrite` before writing.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { type CollectionName, collectionNames, collections, entryId } from '../schemas/index.ts';
import { type EntryContext, idsOf, type PublishedContext, validateEntryText } from './entry.ts';
import { type RawEntry, loadContent } from './load.ts';
import { loadAllowlist } from './personal-data.ts';
import type { Problem } from './problems.ts';
import { type SdgTargets, sdgTargetsOf } from './sdg-targets.ts';

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

export function entryContextOf(root: string, raw: readonly RawEntry[]): EntryContext {
  return {
    ids: idsOf(raw),
    served: (publicPath) => isFile(join(root, 'public', publicPath)),
    allowlist: loadAllowlist(),
    fileExists: (file) => isFile(join(root, file)),
    sdgTargets: sdgTargetsOf(raw),
  };
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** The context as the admin page publishes it (`/admin/validacion.json`), read from the disk. */
export function publishedContext(root: string, contentDir?: string): PublishedContext {
  const { entries } = loadContent(root, contentDir);
  return publishedContextOf(root, idsOf(entries), sdgTargetsOf(entries));
}

/**
 * The published context around ids (and the targets of each SDG) already known. The build takes
 * them from its content layer,
 * which holds every entry the shared reading (src/reading/) accepted: reading and parsing
 * every file again, as `publishedContext` does, took a fifth of a 10,000-entry build.
 */
export function publishedContextOf(root: string, ids: EntryContext['ids'], sdgTargets: SdgTargets): PublishedContext {
  const listed = Object.fromEntries(Object.entries(ids).map(([name, set]) => [name, [...set].sort()]));
  const publicDir = join(root, 'public');
  // Only what entries may name as served files: the admin bundle itself is in public/ too.
  const served = filesUnder(join(publicDir, 'materiales')).map(
    (file) => `/${relative(publicDir, file).split(sep).join('/')}`,
  );
  // From the root: this runs bundled into the site's build, where the module's own URL moves.
  return {
    ids: listed,
    served: served.sort(),
    allowlist: loadAllowlist(join(root, 'src/data/institutional-domains.yaml')),
    sdgTargets,
  };
}

/** The collection whose folder holds `relPath` (relative to the content folder), if any. */
export function collectionOfPath(relPath: string): CollectionName | undefined {
  const folder = relPath.slice(0, relPath.lastIndexOf('/'));
  return collectionNames.find((name) => collections[name].folder === folder);
}

/**
 * The problems `npm run check` would report for `text` written at `relPath`, before it is
 * written. `relPath` is relative to `contentDir` (`offers/x.mdx`) or, as decap-server names
 * files, to its parent (`content/offers/x.mdx`). Files outside the collections (media) get no
 * verdict. The entry's own verdict gives no warnings, so every problem returned is an error.
 * `pending` names files (absolute paths) the same write adds, such as an uploaded image.
 */
export function validateWrite(
  root: string,
  contentDir: string,
  relPath: string,
  text: string,
  pending: readonly string[] = [],
): Problem[] {
  const posix = relPath.split(sep).join('/');
  const fromParent = `${basename(contentDir)}/`;
  const inContent = !collectionOfPath(posix) && posix.startsWith(fromParent) ? posix.slice(fromParent.length) : posix;
  const collection = collectionOfPath(inContent);
  if (!collection) return [];
  const { entries } = loadContent(root, contentDir);
  const file = relative(root, join(contentDir, inContent));
  const context = entryContextOf(root, entries);
  // Files written by the same request (an image uploaded with the entry) exist once it is written.
  const onDisk = context.fileExists!;
  const written = new Set(pending.map((path) => resolve(path)));
  context.fileExists = (file) => written.has(resolve(root, file)) || onDisk(file);
  // The entry being written exists once it is written: it may be what its own fields name.
  const self = { collection, id: entryId(file.slice(file.lastIndexOf('/') + 1)) };
  context.ids = idsOf([...entries, self]);
  return validateEntryText(collection, file, text, context).problems;
}
