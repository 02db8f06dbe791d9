/**
 * The «Relacionado» links of an entry page: the entries a page names in its reference fields,
 * as titles and addresses, group by group. Drafts are linked from nowhere: a reader would land
 * on a page that does not exist. Pure: the loader passes the lookup (core/content.ts
 * `entryById`), so tests give it a handful of entries.
 */
import { entryHref } from './urls.ts';

export type Linkable = 'practices' | 'lessons' | 'offers' | 'agendas' | 'plans' | 'courses' | 'needs';

export interface Link {
  href: string;
  title: string;
}

/** A group of links under its own heading (the field's label). */
export interface LinkGroup {
  label: string;
  items: Link[];
}

export interface LinkRequest {
  collection: Linkable;
  label: string;
  /** Absent when the entry does not name any (a field added after the entry was written). */
  refs?: { id: string }[];
}

export type FindEntry = (
  collection: Linkable,
  id: string,
) => Promise<{ id: string; data: { status: string; title: string } } | undefined>;

/** The groups that link to at least one published entry, each in the order of its references. */
export async function linkGroups(requests: LinkRequest[], find: FindEntry): Promise<LinkGroup[]> {
  const groups = await Promise.all(
    requests.map(async (request) => {
      const entries = await Promise.all((request.refs ?? []).map((ref) => find(request.collection, ref.id)));
      const items = entries
        .filter((e) => e !== undefined && e.data.status === 'published')
        .map((e) => ({ href: entryHref(request.collection, e!.id), title: e!.data.title }));
      return { label: request.label, items };
    }),
  );
  return groups.filter((g) => g.items.length > 0);
}
