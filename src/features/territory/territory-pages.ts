/** Loads what the territory pages need, once per build. */
import { published, taxonomies } from '../../core/content.ts';
import { isDepartmentLevel } from '../../core/places.ts';
import { referencedCodes } from './territory-view.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';

export const territoryData = oncePerBuild(async function territoryData() {
  const [practices, lessons, offers, agendas, plans, tax] = await Promise.all([
    published('practices'),
    published('lessons'),
    published('offers'),
    published('agendas'),
    published('plans'),
    taxonomies(),
  ]);
  const referenced = referencedCodes([
    ...[...practices, ...lessons, ...agendas, ...plans].map((e) => e.data.territories),
    ...practices.map((p) => p.data.adoptedBy),
    ...offers.map((o) => o.data.territorialFocus.territories),
  ]);
  const territories = [...tax.all.territories.values()]
    .filter((t) => isDepartmentLevel(t.id) || referenced.has(t.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  const regionOf = (dept: string) => (tax.all.territories.get(dept)?.region as { id: string } | undefined)?.id;
  return { practices, lessons, offers, agendas, plans, tax, territories, regionOf };
});
