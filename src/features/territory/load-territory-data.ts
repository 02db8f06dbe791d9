/**
 * Reads, once per build, what every territory page draws on: the published entries tagged with
 * places, the offers, the taxonomies, the territories that get a page and the phases of the
 * management cycle. The page loaders (`load-territory-*.ts`) start here; the computation they
 * apply lives in the pure modules beside them.
 */
import { published, taxonomies } from '../../core/content.ts';
import { isDepartmentLevel } from '../../core/places.ts';
import { referencedCodes } from './territory-view.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';

export const territoryData = oncePerBuild(async function territoryData() {
  const [practices, lessons, offers, agendas, plans, tax, needs] = await Promise.all([
    published('practices'),
    published('lessons'),
    published('offers'),
    published('agendas'),
    published('plans'),
    taxonomies(),
    published('needs'),
  ]);
  const referenced = referencedCodes([
    ...[...practices, ...lessons, ...agendas, ...plans].map((e) => e.data.territories),
    ...practices.map((p) => p.data.adoptedBy),
    ...offers.map((o) => o.data.territorialFocus.territories),
    // A need's page links each place it names, and that place's page lists it.
    ...needs.map((n) => n.data.territories),
  ]);
  const territories = [...tax.all.territories.values()]
    .filter((t) => isDepartmentLevel(t.id) || referenced.has(t.id))
    .sort((a, b) => a.id.localeCompare(b.id));
  const regionOf = (dept: string) => (tax.all.territories.get(dept)?.region as { id: string } | undefined)?.id;
  /** The phases of the management cycle in cycle order. */
  const phases = [...tax.all.phases.values()]
    .map((ph) => ({ id: ph.id, name: ph.name, order: Number(ph.order) }))
    .sort((a, b) => a.order - b.order);
  return { practices, lessons, offers, agendas, plans, tax, territories, regionOf, phases };
});

export type TerritoryData = Awaited<ReturnType<typeof territoryData>>;
