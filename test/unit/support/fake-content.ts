/**
 * A stand-in for src/core/content.ts, so page loaders are tested without Astro's content layer
 * (as Starlight's tests mock `astro:content`): a test hands it a few entries per collection and
 * taxonomy, and `vi.mock`s the content module with `fakeContentModule(() => store)`. Only the
 * reading is faked: `published` filters and orders like the real one (so a loader that reached
 * for drafts would be caught), and the taxonomy lookups are the real ones (core/taxonomy-lookups.ts).
 */
import { hrefOfTerm, type Taxonomy, taxonomyLookups, taxonomyNames } from '../../../src/core/taxonomy-lookups.ts';

export interface FakeEntry {
  id: string;
  body?: string;
  filePath?: string;
  data: Record<string, unknown>;
}

/** Entries by collection name; taxonomy terms need an `id` and a `data.name` (see `termEntries`). */
export type FakeStore = Record<string, FakeEntry[]>;

/** Terms written flat (`{ id, name, …fields }`) as the entries the content layer gives. */
export function termEntries(terms: Record<string, ({ id: string; name: string } & Record<string, unknown>)[]>) {
  return Object.fromEntries(
    Object.entries(terms).map(([name, list]) => [name, list.map(({ id, ...data }) => ({ id, data }))]),
  ) as FakeStore;
}

const time = (e: FakeEntry) => (e.data.publishedAt as Date | undefined)?.getTime() ?? 0;

/** The content module's functions, reading whatever `store()` holds when they are called. */
export function fakeContentModule(store: () => FakeStore) {
  const entriesOf = async (collection: string) => store()[collection] ?? [];
  return {
    published: async (collection: string) =>
      (await entriesOf(collection)).filter((e) => e.data.status === 'published').sort((a, b) => time(b) - time(a)),
    entriesOf,
    entryById: async (collection: string, id: string) => (await entriesOf(collection)).find((e) => e.id === id),
    taxonomies: async () =>
      taxonomyLookups(
        Object.fromEntries(taxonomyNames.map((name) => [name, store()[name] ?? []])) as Record<Taxonomy, FakeEntry[]>,
      ),
    hrefOfTerm,
    // The real one reads the file; the fake entries carry their body.
    entryBody: (entry: FakeEntry) => (entry.body ?? '').trim(),
  };
}
