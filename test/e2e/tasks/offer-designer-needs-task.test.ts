/**
 * Task 9 of USERS.md: an offer designer at a national entity, preparing next year's offer,
 * opens the identified needs of their sector, sees which departments have needs no offer
 * answers yet, and where each need came from, then finds the practices on a similar need in
 * municipalities of the same initial capacity. On a phone, JavaScript on and off; the sector,
 * its needs, their departments, statuses and the municipalities' profiles come from the
 * fixture's files.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { optionLabel } from '../../../src/derive/labels.ts';
import { t } from '../../../src/i18n/index.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { readEntries } from '../../helpers/content-files.ts';
import { jsModes, phoneContext, tapLink } from '../../helpers/reader-phone.ts';
import { axeViolations, formatViolations } from '../../helpers/axe.ts';

type Need = {
  title: string;
  sectors: string[];
  themes: string[];
  territories: string[];
  identification: { source: string; document: string };
};
const built = useBuiltSite();
const needs = readEntries<Need>('needs');
const answered = new Set(
  ['offers', 'agendas', 'plans'].flatMap((folder) =>
    readEntries<{ needs?: string[] }>(folder).flatMap((e) => e.data.needs ?? []),
  ),
);
const withoutOffer = (n: { id: string }) => !answered.has(n.id);
// The busiest sector that still has a need without offer: the page a designer has most to read on.
const sectorIds = [...new Set(needs.flatMap((n) => n.data.sectors))];
const ofSector = (s: string) => needs.filter((n) => n.data.sectors.includes(s));
const sector = sectorIds
  .filter((s) => ofSector(s).some(withoutOffer))
  .sort((a, b) => ofSector(b).length - ofSector(a).length || a.localeCompare(b))[0]!;
const sectorName = readEntries<{ name: string }>('taxonomies/sectors').find((s) => s.id === sector)!.data.name;
const mine = ofSector(sector);
const department = (code: string) => String(code).slice(0, 2);

type Profile = { pdetSubregion?: string; capacityGroup?: string; category?: string };
const territories = readEntries<Profile>('taxonomies/territories');
const profileOf = (code: string) => territories.find((p) => p.id === String(code))?.data ?? {};
const practices = readEntries<{ territories: string[] }>('practices');
/** The line a card shows for two profiles: the traits they share, in the schema's words. */
function reasonLine(a: Profile, b: Profile): string {
  const parts: string[] = [];
  if (a.pdetSubregion && a.pdetSubregion === b.pdetSubregion)
    parts.push(t('related.alikeSubregion', { value: a.pdetSubregion }));
  if (a.capacityGroup && a.capacityGroup === b.capacityGroup)
    parts.push(t('related.alikeGroup', { value: a.capacityGroup }));
  if (a.category && a.category === b.category)
    parts.push(
      t('related.alikeCategory', {
        value: optionLabel('territories', 'category', a.category).toLocaleLowerCase('es-CO'),
      }),
    );
  return parts.join(' · ');
}

const listed = (page: Page) =>
  page
    .locator('.demand-results .card h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());

describe.each(jsModes)(
  'an offer designer reads the demand of their sector on a phone ($name)',
  ({ javaScriptEnabled }) => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await phoneContext(built.browser, javaScriptEnabled);
    });
    afterAll(() => context?.close());

    it('the fixture has a sector with needs, some of them without offer', () => {
      expect(mine.length).toBeGreaterThan(1);
      expect(mine.filter(withoutOffer).length).toBeGreaterThan(0);
    });

    it('opens the needs of the sector, sees the departments where they lack an offer, and where one came from', async () => {
      const { page, errors } = await built.open(context, '/demanda/');
      await page.locator('.demand-fold > summary').tap();
      const link = page.locator(`[data-facet="sector"] a[data-value="${sector}"]`);
      expect(Number((await link.locator('[data-count]').textContent())!.replace(/\D/g, ''))).toBe(mine.length);
      await tapLink(page, link);
      expect(new URL(page.url()).pathname).toBe(`/demanda/sector/${sector}/`);
      await expect(page.locator('h1').innerText()).resolves.toContain(sectorName);
      expect(await listed(page)).toEqual(mine.map((n) => `/demanda/${n.id}/`).sort());

      // The table over the sector's needs: one column per department they name, and in each
      // column the needs that still lack an offer, as the files say.
      const columns = await page
        .locator('[data-demand-table] thead th[data-department]')
        .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.department!));
      const departments = [...new Set(mine.flatMap((n) => n.data.territories.map(department)))];
      expect([...columns].sort()).toEqual(departments.sort());
      const cells = await page.locator('[data-demand-table] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          theme: (tr as HTMLElement).dataset.theme!,
          without: [...tr.querySelectorAll('td')]
            .slice(0, -1)
            .map((td) => Number((td as HTMLElement).dataset.withoutOffer)),
        })),
      );
      for (const row of cells) {
        expect(row.without, row.theme).toEqual(
          columns.map(
            (code) =>
              mine.filter(
                (n) =>
                  withoutOffer(n) &&
                  n.data.themes.includes(row.theme) &&
                  n.data.territories.some((p) => department(p) === code),
              ).length,
          ),
        );
      }
      expect(cells.flatMap((r) => r.without).some((n) => n > 0)).toBe(true);

      // Where a need without offer came from: its source and its document.
      const need = mine.find(withoutOffer)!;
      await tapLink(page, page.locator(`.demand-results a[href="/demanda/${need.id}/"]`));
      const evidence = page.locator('#necesidad-evidencia + dl');
      await expect(evidence.innerText()).resolves.toContain(
        optionLabel('needs', 'identification.source', need.data.identification.source),
      );
      await expect(evidence.innerText()).resolves.toContain(need.data.identification.document);
      await expect(page.locator('[data-need-status]').getAttribute('data-need-status')).resolves.toBe('sin-oferta');
      expect(await page.locator('[data-need-status]').textContent()).toContain(t('demand.status.sin-oferta'));

      // Then the practices on a similar need, from municipalities of the same initial capacity:
      // each card's reason names traits its municipality really shares with one of the need's.
      const alike = page.getByRole('region', { name: t('demand.alikeTitle') });
      const cards = await alike.locator('.card').evaluateAll((cs) =>
        cs.map((c) => ({
          id: new URL(c.querySelector('h3 a')!.getAttribute('href')!, location.href).pathname.split('/')[2]!,
          why: c.querySelector('.alike-why')!.textContent!.trim(),
        })),
      );
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) {
        const practice = practices.find((p) => p.id === card.id)!;
        const lines = need.data.territories.flatMap((here) =>
          practice.data.territories.map((there) => reasonLine(profileOf(here), profileOf(there))),
        );
        expect(lines, card.id).toContain(card.why);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);

it('the sector page is accessible (axe-core, WCAG 2.1 AA)', async () => {
  const context = await phoneContext(built.browser, true);
  const path = `/demanda/sector/${sector}/`;
  const { page } = await built.open(context, path);
  const violations = await axeViolations(page);
  expect(violations, formatViolations(path, violations)).toEqual([]);
  await context.close();
});
