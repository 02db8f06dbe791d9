/**
 * What the local editing server lets the CMS touch. Decap's own server (decap-server) writes
 * any path under the repository it is given, so `src/pages/x.astro` or `.git/config` were one
 * request away. This policy is the allowlist the guard (src/cms-server/guard.ts) checks every
 * request against before decap-server sees it: only the folders the CMS configuration names
 * (each collection's folder and the media folder), only the file type each one holds (the
 * collection's extension; for media, the image types the schemas' image fields accept), only
 * the publishing branch, only the actions Decap's proxy backend sends. Derived from
 * `cmsConfig()` and the schemas, so a new collection or image type needs no edit here.
 * Pure: tests call it directly as well as through the server.
 */
import { type CmsCollection, cmsConfig } from '../derive/cms-config.ts';
import { type FieldInfo, describeObject } from '../derive/fields.ts';
import { t } from '../i18n/index.ts';
import { collectionNames, collections } from '../schemas/index.ts';
import { nodeContext } from '../schemas/node-context.ts';

/** One folder the CMS may write: a collection's entries, or the shared media. */
export interface AllowedFolder {
  folder: string;
  extensions: readonly string[];
  kind: 'entries' | 'media';
  /** The collection whose entries the folder holds. */
  collection?: string;
}

export interface EditingPolicy {
  /** The branch the CMS reads and publishes to; requests naming another are refused. */
  branch: string;
  mediaFolder: string;
  /** Repository-relative folder (forward slashes) → what it may hold. */
  folders: ReadonlyMap<string, AllowedFolder>;
  collections: ReadonlySet<string>;
}

/** The workflow states Decap stores on an unpublished entry. */
export const WORKFLOW_STATUSES = ['draft', 'pending_review', 'pending_publish'] as const;

/** Every image type any image field of any collection accepts. */
function imageExtensions(): string[] {
  const found = new Set<string>();
  const walk = (fields: FieldInfo[] | undefined) => {
    for (const field of fields ?? []) {
      if (field.kind === 'image') for (const ext of field.meta.extensions ?? []) found.add(ext.toLowerCase());
      walk(field.fields);
      if (field.item) walk(field.item.kind === 'image' ? [field.item] : field.item.fields);
    }
  };
  for (const name of collectionNames) walk(describeObject(collections[name].schema(nodeContext)));
  return [...found].sort();
}

/**
 * The policy for a content folder as the backend sees it (`content`, or the basename of a
 * temporary copy in tests) and the branch the admin's config names.
 */
export function editingPolicy({ contentFolder, branch }: { contentFolder: string; branch: string }): EditingPolicy {
  const config = cmsConfig({
    contentFolder,
    backend: { name: 'github', branch },
    editorialWorkflow: true,
    localBackend: false,
  }) as {
    media_folder: string;
    collections: CmsCollection[];
  };
  const folders = new Map<string, AllowedFolder>();
  for (const collection of config.collections) {
    folders.set(collection.folder as string, {
      folder: collection.folder as string,
      extensions: [collection.extension as string],
      kind: 'entries',
      collection: collection.name,
    });
  }
  folders.set(config.media_folder, { folder: config.media_folder, extensions: imageExtensions(), kind: 'media' });
  return {
    branch,
    mediaFolder: config.media_folder,
    folders,
    collections: new Set(config.collections.map((c) => c.name)),
  };
}

/** Why a request is refused, in Spanish, with the HTTP status the guard answers. */
export interface Refusal {
  status: number;
  error: string;
}

const refuse = (status: number, error: string): Refusal => ({ status, error });

/** A file name: no folder part, not hidden, no control characters. */
const FILE_NAME = /^[^./\\\p{Cc}][^/\\\p{Cc}]*$/u;
/** A slug as Decap writes it (ASCII, accents cleaned): it becomes part of a git branch name. */
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const MAX_PATH = 300;

/** The folder a repository-relative path may be written in, or why not. */
export function checkPath(
  policy: EditingPolicy,
  path: unknown,
  kinds: AllowedFolder['kind'][] = ['entries', 'media'],
): Refusal | AllowedFolder {
  const shown = typeof path === 'string' ? path.slice(0, 120) : String(path);
  const outside = refuse(403, t('cmsServer.pathOutside', { path: shown }));
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH) return outside;
  if (path.includes('\\') || path.includes('\0') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return outside;
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return outside;
  const name = segments.pop()!;
  const allowed = policy.folders.get(segments.join('/'));
  if (!allowed || !kinds.includes(allowed.kind)) return outside;
  if (!FILE_NAME.test(name)) return outside;
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  if (!ext || !allowed.extensions.includes(ext)) {
    return refuse(
      403,
      t('cmsServer.fileType', { path: shown, types: allowed.extensions.map((e) => `.${e}`).join(', ') }),
    );
  }
  return allowed;
}

const isRefusal = (value: Refusal | AllowedFolder | undefined): value is Refusal =>
  value !== undefined && 'error' in value;

function checkEntry(policy: EditingPolicy, collection: unknown, slug: unknown): Refusal | undefined {
  if (typeof collection !== 'string' || !policy.collections.has(collection))
    return refuse(403, t('cmsServer.collection', { name: String(collection).slice(0, 60) }));
  if (typeof slug !== 'string' || !SLUG.test(slug) || slug.length > 200)
    return refuse(403, t('cmsServer.slug', { slug: String(slug).slice(0, 60) }));
  return undefined;
}

/** The first refusal among the paths, or undefined when all are allowed. */
function checkPaths(policy: EditingPolicy, paths: unknown[], kinds?: AllowedFolder['kind'][]): Refusal | undefined {
  for (const path of paths) {
    const result = checkPath(policy, path, kinds);
    if (isRefusal(result)) return result;
  }
  return undefined;
}

type Params = Record<string, unknown>;
const list = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

/**
 * The actions Decap's proxy backend sends, each with the check of what it names. An action
 * missing here is refused: a new Decap version must be read before its requests pass.
 */
const ACTIONS: Record<string, (policy: EditingPolicy, params: Params) => Refusal | undefined> = {
  info: () => undefined,
  entriesByFolder: (policy, { folder, extension, depth }) => {
    const allowed = typeof folder === 'string' ? policy.folders.get(folder) : undefined;
    if (!allowed || allowed.kind !== 'entries')
      return refuse(403, t('cmsServer.pathOutside', { path: String(folder).slice(0, 120) }));
    if (typeof extension !== 'string' || !allowed.extensions.includes(extension))
      return refuse(
        403,
        t('cmsServer.fileType', { path: String(folder), types: allowed.extensions.map((e) => `.${e}`).join(', ') }),
      );
    // Collections are flat: one level, no walking into other folders.
    if (depth !== 1) return refuse(403, t('cmsServer.pathOutside', { path: String(folder) }));
    return undefined;
  },
  entriesByFiles: (policy, { files }) => {
    const items = list(files);
    if (!items) return refuse(422, t('cmsServer.malformed'));
    return checkPaths(
      policy,
      items.map((f) => (f as { path?: unknown } | null)?.path),
      ['entries'],
    );
  },
  getEntry: (policy, { path }) => checkPaths(policy, [path], ['entries']),
  unpublishedEntries: () => undefined,
  unpublishedEntry: (policy, { id, collection, slug }) => {
    if (typeof id === 'string') {
      const at = id.indexOf('/');
      return checkEntry(policy, id.slice(0, at), id.slice(at + 1));
    }
    return checkEntry(policy, collection, slug);
  },
  unpublishedEntryDataFile: (policy, { collection, slug, path }) =>
    checkEntry(policy, collection, slug) ?? checkPaths(policy, [path], ['entries']),
  unpublishedEntryMediaFile: (policy, { collection, slug, path }) =>
    checkEntry(policy, collection, slug) ?? checkPaths(policy, [path], ['media']),
  deleteUnpublishedEntry: (policy, { collection, slug }) => checkEntry(policy, collection, slug),
  updateUnpublishedEntryStatus: (policy, { collection, slug, newStatus }) =>
    checkEntry(policy, collection, slug) ??
    (WORKFLOW_STATUSES.includes(newStatus as never) ? undefined : refuse(422, t('cmsServer.malformed'))),
  publishUnpublishedEntry: (policy, { collection, slug }) => checkEntry(policy, collection, slug),
  persistEntry: (policy, params) => {
    const dataFiles = list(params.dataFiles) ?? (params.entry ? [params.entry] : undefined);
    const assets = list(params.assets);
    const options = (params.options ?? {}) as Params;
    if (!dataFiles || dataFiles.length === 0 || !assets) return refuse(422, t('cmsServer.malformed'));
    const collection = options.collectionName;
    if (collection !== undefined && (typeof collection !== 'string' || !policy.collections.has(collection))) {
      return refuse(403, t('cmsServer.collection', { name: String(collection).slice(0, 60) }));
    }
    if (options.status !== undefined && !WORKFLOW_STATUSES.includes(options.status as never))
      return refuse(422, t('cmsServer.malformed'));
    for (const file of dataFiles as Params[]) {
      if (!file || typeof file.raw !== 'string') return refuse(422, t('cmsServer.malformed'));
      for (const path of file.newPath === undefined ? [file.path] : [file.path, file.newPath]) {
        const folder = checkPath(policy, path, ['entries']);
        if (isRefusal(folder)) return folder;
        // An entry goes into its own collection's folder, not another's.
        if (collection !== undefined && folder.collection !== collection)
          return refuse(403, t('cmsServer.pathOutside', { path: String(path) }));
      }
      if (options.useWorkflow === true) {
        const refusal = checkEntry(policy, collection, file.slug);
        if (refusal) return refusal;
      }
    }
    return checkPaths(
      policy,
      assets.map((a) => (a as { path?: unknown } | null)?.path),
      ['media'],
    );
  },
  getMedia: (policy, { mediaFolder }) =>
    mediaFolder === policy.mediaFolder
      ? undefined
      : refuse(403, t('cmsServer.pathOutside', { path: String(mediaFolder).slice(0, 120) })),
  getMediaFile: (policy, { path }) => checkPaths(policy, [path], ['media']),
  persistMedia: (policy, { asset }) => checkPaths(policy, [(asset as { path?: unknown } | null)?.path], ['media']),
  deleteFile: (policy, { path }) => checkPaths(policy, [path]),
  deleteFiles: (policy, { paths }) => {
    const items = list(paths);
    return items && items.length > 0 ? checkPaths(policy, items) : refuse(422, t('cmsServer.malformed'));
  },
  getDeployPreview: (policy, { collection, slug }) => checkEntry(policy, collection, slug),
};

/** Actions that change files, branches or commits: refused in git mode while the work tree has changes of its own. */
export const WRITING_ACTIONS = new Set([
  'persistEntry',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'publishUnpublishedEntry',
  'deleteUnpublishedEntry',
]);

/** Every repository-relative path a request names (the guard also checks them on disk). */
export function pathsOf(body: { action?: unknown; params?: unknown }): string[] {
  const params = (body.params ?? {}) as Params;
  const found: unknown[] = [params.path, params.folder, params.mediaFolder, (params.asset as Params | undefined)?.path];
  for (const file of list(params.files) ?? []) found.push((file as Params | null)?.path);
  for (const path of list(params.paths) ?? []) found.push(path);
  for (const file of list(params.dataFiles) ?? (params.entry ? [params.entry] : []))
    found.push((file as Params | null)?.path, (file as Params | null)?.newPath);
  for (const asset of list(params.assets) ?? []) found.push((asset as Params | null)?.path);
  return found.filter((p): p is string => typeof p === 'string');
}

/** Whether the request may reach decap-server; the refusal otherwise. */
export function checkRequest(policy: EditingPolicy, body: unknown): Refusal | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return refuse(400, t('cmsServer.malformed'));
  const { action, params } = body as { action?: unknown; params?: unknown };
  const check = typeof action === 'string' && Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
  if (!check) return refuse(422, t('cmsServer.action', { action: String(action).slice(0, 60) }));
  if (action === 'info') return undefined;
  if (!params || typeof params !== 'object' || Array.isArray(params)) return refuse(422, t('cmsServer.malformed'));
  const branch = (params as Params).branch;
  if (branch !== policy.branch)
    return refuse(403, t('cmsServer.branch', { branch: String(branch).slice(0, 60), expected: policy.branch }));
  return check(policy, params as Params);
}
