/**
 * Reads published content through Astro's content layer and resolves taxonomy ids to names.
 * Only the features' `load-*.ts` loaders call these (the architecture test says so); what they
 * compute from the entries lives in pure modules beside them.
 */
import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { CollectionName } from '../schemas/index.ts';
import { entryHref, territoryHref } from './urls.ts';
import { oncePerBuild } from './once-per-build.ts';
import type { RenderContext } from '../render/context.ts';
import { siteRender } from './site-context.ts';
import { buildError, DanglingTermReference } from './errors/index.ts';

type Knowledge = 'practices' | 'lessons' | 'offers' | 'courses' | 'modules' | 'events' | 'agendas' | 'plans' | 'needs';
export type Taxonomy = Exclude<CollectionName, Knowledge>;

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

export interface Term {
  id: string;
  name: string;
  order?: number;
}

/** Every taxonomy as id → term, for turning references into words and links. */
export const taxonomies = oncePerBuild(async function taxonomies() {
  const names: Taxonomy[] = [
    'territories',
    'regions',
    'themes',
    'phases',
    'capacityLevels',
    'valueGroups',
    'sectors',
    'entities',
    'pnd',
  ];
  const maps = await Promise.all(
    names.map(async (name) => {
      const entries = await getCollection(name);
      const map = new Map<string, Term & Record<string, unknown>>(
        entries.map((e) => [
          e.id,
          { ...(e.data as Record<string, unknown>), id: e.id, name: (e.data as { name: string }).name },
        ]),
      );
      return [name, map] as const;
    }),
  );
  const all = Object.fromEntries(maps) as Record<Taxonomy, Map<string, Term & Record<string, unknown>>>;
  /** The term for a reference; a dangling reference is a content error the check reports before the build. */
  const term = (collection: Taxonomy, ref: { id: string }) => {
    const found = all[collection].get(ref.id);
    if (!found) throw buildError(DanglingTermReference, collection, ref.id);
    return found;
  };
  const terms = (collection: Taxonomy, refs: { id: string }[] = []) => refs.map((r) => term(collection, r));
  /** Terms with a link to their page, for the taxonomies that have pages. */
  const linked = (collection: Taxonomy, refs: { id: string }[] = []) =>
    terms(collection, refs).map((found) => ({ name: found.name, href: hrefOfTerm(collection, found) }));
  const nameOf = (collection: Taxonomy) => (ref: { id: string }) => term(collection, ref).name;
  /** The same lookups for the shared render functions (src/render). */
  const render: RenderContext = {
    ...siteRender,
    term: (collection, id) => {
      const found = term(collection as Taxonomy, { id });
      return { name: found.name, href: hrefOfTerm(collection as Taxonomy, found) };
    },
  };
  return { all, term, terms, linked, nameOf, render };
});

export function hrefOfTerm(collection: Taxonomy, found: Term): string | undefined {
  if (collection === 'territories') return territoryHref({ code: found.id, name: found.name });
  if (collection === 'themes' || collection === 'phases') return entryHref(collection, found.id);
  return undefined;
}

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
