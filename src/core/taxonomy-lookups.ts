/**
 * The taxonomy lookups the loaders use, built from the taxonomies' entries: id → term, names,
 * links, and the render context's `term`. Pure (no `astro:content`): `core/content.ts` reads the
 * entries and hands them here, and the loaders' unit tests hand it a few entries of their own
 * (test/unit/support/fake-content.ts), so both run the same lookups.
 */
import { type CollectionName, collectionNames, collections } from '../schemas/index.ts';
import { entryHref, territoryHref } from './urls.ts';
import type { RenderContext } from '../render/context.ts';
import { siteRender } from './site-context.ts';
import { buildError, DanglingTermReference } from './errors/index.ts';

/** The collections of entries with a status (published or draft), as the registry marks them. */
export type Knowledge = {
  [C in CollectionName]: (typeof collections)[C]['kind'] extends 'knowledge' ? C : never;
}[CollectionName];
/** Every other collection is a taxonomy: terms that classify entries. */
export type Taxonomy = Exclude<CollectionName, Knowledge>;

export const taxonomyNames: readonly Taxonomy[] = collectionNames.filter(
  (c): c is Taxonomy => collections[c].kind === 'taxonomy',
);

export interface Term {
  id: string;
  name: string;
  order?: number;
}

/** A taxonomy entry as the content layer gives it: its id, and data with at least a `name`. */
export interface TermEntry {
  id: string;
  data: unknown;
}

/** Every taxonomy as id → term, for turning references into words and links. */
export function taxonomyLookups(entries: Record<Taxonomy, readonly TermEntry[]>) {
  const all = Object.fromEntries(
    taxonomyNames.map((name) => [
      name,
      new Map<string, Term & Record<string, unknown>>(
        entries[name].map((e) => [
          e.id,
          { ...(e.data as Record<string, unknown>), id: e.id, name: (e.data as { name: string }).name },
        ]),
      ),
    ]),
  ) as Record<Taxonomy, Map<string, Term & Record<string, unknown>>>;
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
}

export function hrefOfTerm(collection: Taxonomy, found: Term): string | undefined {
  if (collection === 'territories') return territoryHref({ code: found.id, name: found.name });
  if (collection === 'themes' || collection === 'phases' || collection === 'sdg')
    return entryHref(collection, found.id);
  return undefined;
}
