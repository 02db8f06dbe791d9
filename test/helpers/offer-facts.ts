/**
 * What the test site's content says about offers, read from the fixture tree the e2e build uses
 * the way the content check reads it (src/validation/load.ts), so catalogue tests derive their
 * expected sets from the content. «Reaches a department» is the project's
 * reach logic (src/core/places.ts): the offer's focus reaches it, or names a place in it.
 */
import { focusReaches, withinDepartment, type Focus } from '../../src/core/places.ts';
import { loadContent } from '../../src/validation/load.ts';
import { fixtureContentDir, projectRoot } from './fixture-content.ts';

interface RawOffer {
  id: string;
  title: string;
  status: string;
  territorialFocus: Omit<Focus, 'regions' | 'territories'> & { regions?: string[]; territories?: string[] };
  howToRequest: { steps: string; phone?: string };
}

export function contentFacts() {
  const { entries } = loadContent(projectRoot, fixtureContentDir);
  const offers = entries
    .filter((e) => e.collection === 'offers' && (e.data as RawOffer).status === 'published')
    .map((e) => ({ ...(e.data as RawOffer), id: e.id, href: `/oferta/${e.id}/` }));
  const territories = entries
    .filter((e) => e.collection === 'territories')
    .map((e) => e.data as { code: string; name: string; region?: string });
  const regionOf = (dept: string) => territories.find((t) => t.code === dept)?.region;
  const focusOf = (o: RawOffer): Focus => ({
    ...o.territorialFocus,
    regions: (o.territorialFocus.regions ?? []).map((id) => ({ id })),
    territories: (o.territorialFocus.territories ?? []).map((id) => ({ id: String(id) })),
  });
  const department = (name: string) => territories.find((t) => t.code.length === 2 && t.name === name)!;
  /** Addresses of the offers that reach a department, sorted. */
  const reaching = (departmentName: string) => {
    const { code } = department(departmentName);
    return offers
      .filter(
        (o) => focusReaches(focusOf(o), code, regionOf, undefined) || withinDepartment(focusOf(o).territories, code),
      )
      .map((o) => o.href)
      .sort();
  };
  /** Offers whose «how to request» steps are a numbered list (lines «1. …»). */
  const withNumberedSteps = offers.filter(
    (o) => /^\s*1[.)]\s/m.test(o.howToRequest.steps) && /^\s*2[.)]\s/m.test(o.howToRequest.steps),
  );
  return { offers, department, reaching, withNumberedSteps, focusOf };
}
