/**
 * The paths of the feeds by type (`/territorio/27-choco/lecciones/rss.xml`, `/temas/agua/lecciones/rss.xml`,
 * `/territorio/27-choco/temas/agua/lecciones/rss.xml`): one route file each, all reading
 * `allFeeds`, so only combinations with content get a file.
 */
import { collections } from '../../schemas/index.ts';
import { allFeeds, type FedCollection, type Scope } from './feeds.ts';
import { taxonomies } from '../../core/content.ts';
import { territorySlug } from '../../core/places.ts';

const typeSegment = (c: FedCollection) => (collections[c] as { route: string }).route;

/** Paths of the typed feeds of one shape: by department, by theme, or by theme in a department. */
export async function typedFeedPaths(shape: 'department' | 'theme' | 'both') {
  const tax = await taxonomies();
  const slugOf = (code: string) => territorySlug({ code, name: tax.all.territories.get(code)!.name });
  const matches = (s: Scope) =>
    Boolean(s.collection) &&
    (shape === 'department' ? Boolean(s.department) && !s.theme : shape === 'theme' ? Boolean(s.theme) && !s.department : Boolean(s.department && s.theme));
  return (await allFeeds())
    .filter((f) => matches(f.scope))
    .map(({ scope }) => ({
      params: {
        ...(scope.department ? { slug: slugOf(scope.department) } : {}),
        ...(shape === 'theme' ? { id: scope.theme! } : shape === 'both' ? { theme: scope.theme! } : {}),
        type: typeSegment(scope.collection!),
      },
      props: { scope },
    }));
}
