/**
 * Which new items a feed follows: a department's feed carries practices and lessons from the
 * department or its municipalities and the offers whose territorial focus reaches it or one
 * of its municipalities; a theme's feed carries what is classified under that theme.
 * Feeds combine the three: lessons on one theme in one department are one feed.
 */
import { type Focus, focusReaches, withinDepartment } from '../../core/places.ts';

export interface Followable {
  territories: { id: string }[];
  themes: { id: string }[];
  /** Offers: where the offer reaches, instead of where it happened. */
  focus?: Focus;
}

export function concernsDepartment(
  item: Followable,
  department: string,
  regionOf: (dept: string) => string | undefined,
): boolean {
  if (!item.focus) return withinDepartment(item.territories, department);
  // A department has no profile: the territorial reach decides (focusReaches).
  return (
    focusReaches(item.focus, department, regionOf, undefined) || withinDepartment(item.focus.territories, department)
  );
}

export const aboutTheme = (item: Followable, theme: string) => item.themes.some((t) => t.id === theme);

/** What one feed follows: any combination of a department, a theme and a content type; none is the whole site. */
export interface FeedScope<C extends string = string> {
  department?: string;
  theme?: string;
  collection?: C;
}

export const feedKey = (scope: FeedScope) => `${scope.department ?? ''}|${scope.theme ?? ''}|${scope.collection ?? ''}`;

/** How many items a feed carries: the newest. Readers poll for what is new, and 10,000 items in one file help no one. */
export const FEED_SIZE = 50;

/**
 * Every feed's items in one pass: each item goes into the feeds of every department it
 * concerns, every theme it has, its content type, and their combinations. A feed is then a
 * lookup, and the feeds that exist are the keys found, so no empty combination gets a file.
 */
export function indexFeeds<T extends Followable & { collection: string }>(
  items: T[],
  departments: string[],
  regionOf: (dept: string) => string | undefined,
): Map<string, T[]> {
  const index = new Map<string, T[]>();
  const add = (scope: FeedScope, item: T) => {
    const key = feedKey(scope);
    const list = index.get(key);
    if (list) list.push(item);
    else index.set(key, [item]);
  };
  for (const item of items) {
    const places = [undefined, ...departments.filter((d) => concernsDepartment(item, d, regionOf))];
    const themes = [undefined, ...new Set(item.themes.map((t) => t.id))];
    for (const department of places) {
      for (const theme of themes) {
        for (const collection of [undefined, item.collection]) add({ department, theme, collection }, item);
      }
    }
  }
  return index;
}
