/** The places the search island looks through: names and codes of every territory with a page. */
import type { APIRoute } from 'astro';
import { territoryData } from '../../features/territory/index.ts';
import { departmentCode, isDepartmentLevel } from '../../core/places.ts';
import type { Place } from '../../features/territory/index.ts';
import { territoryHref } from '../../core/urls.ts';

export const GET: APIRoute = async () => {
  const { territories, tax } = await territoryData();
  const places: Place[] = territories.map((t) => ({
    code: t.id,
    name: t.name,
    ...(isDepartmentLevel(t.id) ? {} : { department: tax.all.territories.get(departmentCode(t.id))?.name }),
    href: territoryHref({ code: t.id, name: t.name }),
  }));
  return new Response(JSON.stringify(places), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
