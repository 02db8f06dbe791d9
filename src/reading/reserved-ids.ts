/**
 * Ids an entry cannot take because the collection's route already uses that address for a page
 * of its own: a course called `jornadas` would be `/formacion/jornadas/`, the events calendar; an
 * event called `realizadas` would be the list of past events; a practice called `2` would be the
 * second page of the list. Read from the page files under `src/pages/<route>/`, so a new page
 * reserves its name without anyone updating a list.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Reserved {
  names: Set<string>;
  /** A paginated list (`[...page]`) takes every number. */
  numbers: boolean;
}

/** The project's own pages; a test's temporary root has none, so it falls back to the code's. */
export function pagesDirOf(root: string): string {
  const own = join(root, 'src', 'pages');
  return existsSync(own) ? own : fileURLToPath(new URL('../pages/', import.meta.url));
}

export function reservedIds(pagesDir: string, route: string | undefined): Reserved {
  const reserved: Reserved = { names: new Set(), numbers: false };
  if (!route) return reserved;
  const dir = join(pagesDir, ...route.split('/'));
  if (!existsSync(dir)) return reserved;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('[...')) reserved.numbers = true;
    if (entry.name.startsWith('[') || entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    // `realizadas/`, `mapa.astro` → `mapa`, `jornadas.ics.ts` → `jornadas.ics`.
    const name = entry.isDirectory() ? entry.name : entry.name.replace(/\.(astro|mdx|md|ts|js)$/, '');
    if (name !== 'index') reserved.names.add(name);
  }
  return reserved;
}

export const isReserved = (id: string, reserved: Reserved) =>
  reserved.names.has(id) || (reserved.numbers && /^\d+$/.test(id));
