/**
 * Reads published content through Astro's content layer and resolves taxonomy ids to names.
 * Only the features' `load-*.ts` loaders call these (the architecture test says so); what they
 * compute from the entries lives in pure modules beside them.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../schemas/index.ts';
import { readBody } from '../reading/files.ts';
import { oncePerBuild } from './once-per-build.ts';
import { type Knowledge, type Taxonomy, taxonomyLookups, taxonomyNames } from './taxonomy-lookups.ts';

export { hrefOfTerm, type Taxonomy, type Term } from './taxonomy-lookups.ts';

const newestFirst = (a: { data: { publishedAt?: Date } }, b: { data: { publishedAt?: Date } }) =>
  (b.data.publishedAt?.getTime() ?? 0) - (a.data.publishedAt?.getTime() ?? 0);

/** Published entries of a collection, newest first. Drafts never reach a page. */
export async function published<C extends Knowledge>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(
    collection,
    (e) => (e.data as { status: string }).status === 'published',
  )) as CollectionEntry<C>[];
  return entries.sort((a, b) =>
    newestFirst(a as { data: { publishedAt?: Date } }, b as { data: { publishedAt?: Date } }),
  );
}

/** Every taxonomy as id → term, for turning references into words and links (core/taxonomy-lookups.ts). */
export const taxonomies = oncePerBuild(async function taxonomies() {
  const entries = await Promise.all(taxonomyNames.map(async (name) => [name, await getCollection(name)] as const));
  return taxonomyLookups(Object.fromEntries(entries) as Record<Taxonomy, CollectionEntry<Taxonomy>[]>);
});

export type Taxonomies = Awaited<ReturnType<typeof taxonomies>>;

/**
 * One entry by id, whatever its status: loaders that link to other entries decide themselves
 * what a draft means (core/entry-links.ts leaves it out). Undefined when there is none.
 */
export async function entryById<C extends Knowledge>(
  collection: C,
  id: string,
): Promise<CollectionEntry<C> | undefined> {
  return (await getEntry(collection as Knowledge, id)) as CollectionEntry<C> | undefined;
}

/**
 * Every entry of a collection, drafts included: for the CMS, which names drafts too, and for the
 * open data of the taxonomies, which have no status. Pages use `published`.
 */
export async function entriesOf<C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> {
  return (await getCollection(collection)) as CollectionEntry<C>[];
}

/**
 * An entry's MDX body, read from its file when a loader needs it. The content layer keeps the
 * front matter only (src/mdx/content-loader.ts): with the bodies, the store of a 10,000-entry
 * site was 46 MB of JSON that Vite bundles into the build whole, and that bundling was the
 * build's memory peak. Taxonomies and other YAML entries have no body ('').
 */
export function entryBody(entry: { filePath?: string }): string {
  // Under the dev server a file can vanish (a git branch switched by the CMS) a moment before
  // the loader's watcher drops its entry: that entry is on its way out, not lost. A build
  // never loses a file silently.
  if (import.meta.env.DEV && entry.filePath && !existsSync(join(process.cwd(), entry.filePath))) return '';
  return readBody(process.cwd(), entry.filePath);
}
