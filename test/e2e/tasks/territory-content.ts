/**
 * The content the task tests derive their expectations from: published entries' front matter
 * and taxonomy terms, read from the test site's files (test/fixtures/site), never from the
 * built site. A phone user at 390×844 with touch is the reader these tasks are about.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureContentDir } from '../../helpers/fixture-content.ts';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import type { Focus } from '../../../src/core/places.ts';
import type { ProfileValues } from '../../../src/schemas/territory-profile.ts';

export const contentDir = fixtureContentDir;

export interface Entry {
  id: string;
  data: Record<string, unknown> & {
    title: string;
    status: string;
    territories?: string[];
    themes?: string[];
    phases?: string[];
    publishedAt?: string;
  };
}

/** Published entries of a collection, with their front matter. */
export function published(collection: string): Entry[] {
  const dir = join(contentDir, collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return { id: f.replace(/\.mdx$/, ''), data: parse(text.slice(4, text.indexOf('\n---', 4))) as Entry['data'] };
    })
    .filter((e) => e.data.status === 'published');
}

/** Every term of a taxonomy (`territories`, `themes`, `phases`…), with its id. */
export function terms(taxonomy: string): (Record<string, unknown> & { id: string; name: string })[] {
  const dir = join(contentDir, 'taxonomies', taxonomy);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(dir, f), 'utf8')) as { name: string }) }));
}

export const term = (taxonomy: string, id: string) => terms(taxonomy).find((t) => t.id === id)!;

/** An offer's territorial focus as the reach rules take it. */
export function focusOf(offer: Entry): Focus {
  const f = offer.data.territorialFocus as Omit<Focus, 'regions' | 'territories'> & {
    regions?: string[];
    territories?: string[];
  };
  return {
    ...f,
    regions: (f.regions ?? []).map((id) => ({ id })),
    territories: (f.territories ?? []).map((id) => ({ id: String(id) })),
  };
}

/** A municipality's initial-capacity profile as the reach rule takes it (none for a department). */
export const profileOf = (code: string): ProfileValues | undefined => {
  const t = term('territories', code) as ProfileValues | undefined;
  return t && { pdetSubregion: t.pdetSubregion, category: t.category, capacityGroup: t.capacityGroup };
};

export const regionOf = (dept: string) => (term('territories', dept) as { region?: string } | undefined)?.region;

/** A phone: 390×844, touch, Spanish, with or without JavaScript. */
export { phoneContext as phone } from '../../helpers/reader-phone.ts';

/** The addresses of the cards of a list page and of the pages after it (following «Siguiente»). */
export async function walkList(page: Page): Promise<string[]> {
  const hrefs: string[] = [];
  for (;;) {
    hrefs.push(
      ...(await page
        .locator('main ul.cards > li.card :is(h2, h3) a')
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))),
    );
    const next = page.locator('a[rel="next"]');
    if ((await next.count()) === 0) return hrefs;
    await page.goto(new URL((await next.getAttribute('href'))!, page.url()).href);
  }
}
