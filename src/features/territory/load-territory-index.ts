/**
 * The ways into the territory pages: the list of departments with their municipalities
 * (`/territorio/`), the map shaded by how much content each department has
 * (`/territorio/mapa/`), and the places the search island looks through (`lugares.json`).
 */
import { byName, departmentCode, isDepartmentLevel } from '../../core/places.ts';
import { collectionHref, territoryHref } from '../../core/urls.ts';
import { territoryData } from './load-territory-data.ts';
import { departmentContentCount, shadeLevel, type MapDepartment } from './territory-counts.ts';
import type { Place } from './place-search.ts';
import type { TerritoryIndexModel } from './page-models.ts';

const hrefOf = (place: { id: string; name: string }) => territoryHref({ code: place.id, name: place.name });

export async function loadTerritoryIndex(): Promise<TerritoryIndexModel> {
  const { territories } = await territoryData();
  const base = collectionHref('territories');
  const departments = territories
    .filter((d) => isDepartmentLevel(d.id))
    .sort(byName)
    .map((d) => ({
      code: d.id,
      name: d.name,
      href: hrefOf(d),
      municipalities: territories
        .filter((m) => !isDepartmentLevel(m.id) && departmentCode(m.id) === d.id)
        .sort(byName)
        .map((m) => ({ name: m.name, href: hrefOf(m) })),
    }));
  return { placesUrl: `${base}lugares.json`, mapHref: `${base}mapa/`, departments };
}

/** Every department with its count of content and its shade, in code order. */
export async function loadTerritoryMap(): Promise<MapDepartment[]> {
  const { practices, lessons, agendas, plans, offers, territories, regionOf } = await territoryData();
  const entries = [...practices, ...lessons, ...agendas, ...plans];
  return territories
    .filter((d) => isDepartmentLevel(d.id))
    .map((d) => {
      const count = departmentContentCount(d.id, entries, offers, regionOf);
      return { code: d.id, name: d.name, href: hrefOf(d), count, level: shadeLevel(count) };
    });
}

/** Names and codes of every territory with a page, with the department of each municipality. */
export async function loadPlaces(): Promise<Place[]> {
  const { territories, tax } = await territoryData();
  return territories.map((t) => ({
    code: t.id,
    name: t.name,
    ...(isDepartmentLevel(t.id) ? {} : { department: tax.all.territories.get(departmentCode(t.id))?.name }),
    href: hrefOf(t),
  }));
}
