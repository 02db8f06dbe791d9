/**
 * Finding a place as people type it: without accents or capitals («Quibdo», «narino»), by
 * the start of any word («andres» finds «San Andrés de Tumaco»), or by DIVIPOLA code
 * («27», «27001»). Runs in the browser island and in unit tests alike.
 */
import { fold } from '../../core/slug.ts';

export interface Place {
  code: string;
  name: string;
  /** The department's name, for municipalities: tells apart the many «San Luis». */
  department?: string;
  href: string;
}

/** Lower is better; undefined is no match. */
function rank(place: Place, folded: string): number | undefined {
  const name = fold(place.name);
  if (name === folded) return 0;
  if (name.startsWith(folded)) return 1;
  if (` ${name}`.includes(` ${folded}`)) return 2;
  if (name.includes(folded)) return 3;
  // «granada antioquia»: name and department together.
  if (place.department && fold(`${place.name} ${place.department}`).includes(folded)) return 4;
  return undefined;
}

export function searchPlaces(places: Place[], query: string, limit = 12): Place[] {
  const q = query.trim();
  if (/^\d+$/.test(q))
    return places
      .filter((p) => p.code.startsWith(q))
      .sort((a, b) => a.code.localeCompare(b.code))
      .slice(0, limit);
  const folded = fold(q);
  if (!folded) return [];
  return places
    .map((place) => ({ place, score: rank(place, folded) }))
    .filter((r): r is { place: Place; score: number } => r.score !== undefined)
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.place.code.length - b.place.code.length ||
        a.place.name.localeCompare(b.place.name, 'es'),
    )
    .slice(0, limit)
    .map((r) => r.place);
}
