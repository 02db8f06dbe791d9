/**
 * A stand-in for src/core/content.ts in loader tests, as Starlight's tests stand in for
 * `astro:content`: each test puts a handful of entries and terms in `store`, and the loaders
 * read them through the same functions they call in a build. `published` filters and orders
 * like the real one, so a loader that reached for drafts would be caught.
 */
type Data = Record<string, unknown>;
export interface FakeEntry {
  id: string;
  data: Data;
  body?: string;
}
export interface FakeTerm {
  id: string;
  name: string;
  [field: string]: unknown;
}

export const store: { entries: Record<string, FakeEntry[]>; terms: Record<string, FakeTerm[]> } = {
  entries: {},
  terms: {},
};

export function resetStore() {
  store.entries = {};
  store.terms = {};
}

const time = (e: FakeEntry) => (e.data.publishedAt as Date | undefined)?.getTime() ?? 0;

export async function published(collection: string) {
  return (store.entries[collection] ?? [])
    .filter((e) => e.data.status === 'published')
    .sort((a, b) => time(b) - time(a));
}

export async function entriesOf(collection: string) {
  if (store.entries[collection]) return store.entries[collection];
  return (store.terms[collection] ?? []).map(({ id, ...data }) => ({ id, data: data as Data }));
}

const TAXONOMIES = [
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

export async function taxonomies() {
  const all = Object.fromEntries(
    TAXONOMIES.map((name) => [name, new Map((store.terms[name] ?? []).map((t) => [t.id, t]))]),
  ) as Record<string, Map<string, FakeTerm>>;
  const term = (collection: string, ref: { id: string }) => {
    const found = all[collection]!.get(ref.id);
    if (!found) throw new Error(`Referencia inexistente: ${collection}/${ref.id}.`);
    return found;
  };
  const terms = (collection: string, refs: { id: string }[] = []) => refs.map((r) => term(collection, r));
  const nameOf = (collection: string) => (ref: { id: string }) => term(collection, ref).name;
  return { all, term, terms, nameOf, linked: () => [], render: {} };
}

export function hrefOfTerm(collection: string, found: { id: string }) {
  return collection === 'themes' ? `/temas/${found.id}/` : undefined;
}
