/**
 * How the department filter of /buscar files what reaches more than named places: national
 * and regional offers. Kept apart from search-tags.ts, which the search island imports, so the
 * island does not carry the dictionary.
 */
import { t } from '../../i18n/index.ts';
import { unique } from './search-tags.ts';
import { departmentCode, type Focus } from '../../core/places.ts';

/** The department filter's value for what reaches the whole country, and for a region. */
export const NATIONWIDE = t('offer.reachesAll');
export const regionValue = (regionName: string) => t('search.reachRegion', { name: regionName });

/**
 * The department filter's values for an offer: «Todo el país» for a national offer, its regions
 * for a regional one, otherwise the departments of the places it names. Filing a national offer
 * under every department it reaches, as before, listed it 33 times in the filter file Pagefind
 * downloads: 38 KB at 10,000 entries instead of 9. The search page asks for a department
 * together with its region and the whole country (reachOf), so the same offers are found.
 */
export function offerReach(
  focus: Focus,
  names: { department: (code: string) => string | undefined; region: (id: string) => string | undefined },
  regionOf: (departmentCode: string) => string | undefined,
): string[] {
  if (focus.scope === 'nacional') return [NATIONWIDE];
  const regions = focus.scope === 'regional' ? focus.regions.map((r) => r.id) : [];
  // A department of a named region is already found through the region: filing it twice would count it twice.
  const departments = focus.territories
    .map((p) => departmentCode(p.id))
    .filter((code) => !regions.includes(regionOf(code) ?? ''));
  return unique([
    ...regions.map(names.region).map((name) => name && regionValue(name)),
    ...departments.map(names.department),
  ]);
}

/**
 * The department filter's values that include a department: its own, its region's and the
 * whole country's. offerReach files every page under one of them at most, so their counts add up.
 */
export const reachOf = (department: string, regionName?: string) => [
  department,
  ...(regionName ? [regionValue(regionName)] : []),
  NATIONWIDE,
];
