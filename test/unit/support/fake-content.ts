/**
 * A stand-in for src/core/content.ts, so page loaders are tested without Astro's content layer
 * (as Starlight's tests mock `astro:content`): a test hands it a few entries per collection and
 * taxonomy, and `vi.mock`s the content module with `fakeContentModule(() => store)`.
 */
import { siteRender } from '../../../src/core/site-context.ts';
import { entryHref, territoryHref } from '../../../src/core/urls.ts';

export interface FakeEntry {
  id: string;
  body?: string;
  filePath?: string;
  data: Record<string, unknown>;
}

/** Entries by collection name; taxonomy terms need an `id` and a `data.name`. */
export type FakeStore = Record<string, FakeEntry[]>;

const taxonomyNames = [
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

function hrefOf(collection: string, term: { id: string; name: string }) {
  if (collection === 'territories') return territoryHref({ code: term.id, name: term.name });
  if (collection === 'themes' || collection === 'phases') return entryHref(collection, term.id);
  return undefined;
}

function fakeTaxonomies(store: FakeStore) {
  const all = Object.fromEntries(
    taxonomyNames.map((name) => [
      name,
      new Map((store[name] ?? []).map((e) => [e.id, { ...e.data, id: e.id, name: String(e.data.name) }])),
    ]),
  ) as Record<string, Map<string, { id: string; name: string } & Record<string, unknown>>>;
  const term = (collection: string, ref: { id: string }) => {
    const found = all[collection]!.get(ref.id);
    if (!found) throw new Error(`fake content: no ${collection}/${ref.id}`);
    return found;
  };
  const terms = (collection: string, refs: { id: string }[] = []) => refs.map((r) => term(collection, r));
  return {
    all,
    term,
    terms,
    linked: (collection: string, refs: { id: string }[] = []) =>
      terms(collection, refs).map((t) => ({ name: t.name, href: hrefOf(collection, t) })),
    nameOf: (collection: string) => (ref: { id: string }) => term(collection, ref).name,
    render: {
      ...siteRender,
      term: (collection: string, id: string) => {
        const found = all[collection]?.get(id);
        return found && { name: found.name, href: hrefOf(collection, found) };
      },
    },
  };
}

const newestFirst = (a: FakeEntry, b: FakeEntry) =>
  ((b.data.publishedAt as Date | undefined)?.getTime() ?? 0) -
  ((a.data.publishedAt as Date | undefined)?.getTime() ?? 0);

/** The content module's functions, reading whatever `store()` holds when they are called. */
export function fakeContentModule(store: () => FakeStore) {
  return {
    published: async (collection: string) =>
      (store()[collection] ?? []).filter((e) => e.data.status === 'published').sort(newestFirst),
    taxonomies: async () => fakeTaxonomies(store()),
    entryById: async (collection: string, id: string) => (store()[collection] ?? []).find((e) => e.id === id),
    hrefOfTerm: (collection: string, term: { id: string; name: string }) => hrefOf(collection, term),
  };
}
