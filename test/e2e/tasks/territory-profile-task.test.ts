/**
 * Issue 18, the profile half of «a PDET municipality's page»: a planning secretary opens her
 * municipality's page on a phone and reads its initial-capacity profile — PDET subregion,
 * municipal category, DNP capacity group with its year — in the schema's words; a department
 * shows none. Expected values come from the fixture's territory files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { label, optionLabel } from '../../../src/derive/labels.ts';
import { territorySlug } from '../../../src/core/places.ts';
import { t } from '../../../src/i18n/index.ts';
import { useBuiltSite } from '../../helpers/built-site.ts';
import { jsModes, phoneContext } from '../../helpers/reader-phone.ts';
import { terms } from './territory-content.ts';

const built = useBuiltSite();

interface Profiled {
  id: string;
  name: string;
  kind: string;
  pdetSubregion?: string;
  category?: string;
  capacityGroup?: string;
  capacityGroupYear?: number;
}
const places = terms('territories') as unknown as Profiled[];
const pdet = places.filter((p) => p.pdetSubregion && p.category && p.capacityGroup);
const department = places.find((p) => p.kind === 'departamento')!;
const pathOf = (p: Profiled) => `/territorio/${territorySlug({ code: p.id, name: p.name })}/`;

describe.each(jsModes)('a municipality’s capacity profile on a phone ($name)', ({ javaScriptEnabled }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await phoneContext(built.browser, javaScriptEnabled);
  });
  afterAll(() => context?.close());

  it('the fixture has PDET municipalities with a whole profile to read', () => {
    expect(pdet.length).toBeGreaterThan(2);
  });

  it.each(pdet.slice(0, 3).map((p) => [p.name, p] as const))(
    '%s shows its PDET subregion, category and capacity group',
    async (_name, place) => {
      const { page, errors } = await built.open(context, pathOf(place));
      const profile = page.getByRole('region', { name: t('territory.profileTitle') });
      await expect(profile.isVisible()).resolves.toBe(true);
      const value = (field: string) => profile.locator(`dd[data-field="${field}"]`).innerText();
      await expect(value('pdetSubregion')).resolves.toBe(
        optionLabel('territories', 'pdetSubregion', place.pdetSubregion!),
      );
      await expect(value('category')).resolves.toBe(optionLabel('territories', 'category', place.category!));
      const group = await value('capacityGroup');
      expect(group).toContain(optionLabel('territories', 'capacityGroup', place.capacityGroup!));
      expect(group).toContain(String(place.capacityGroupYear));
      await expect(profile.getByText(label('territories', 'pdetSubregion'), { exact: true }).isVisible()).resolves.toBe(
        true,
      );
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('a department has no profile section', async () => {
    const { page } = await built.open(context, pathOf(department));
    await expect(page.getByRole('region', { name: t('territory.profileTitle') }).count()).resolves.toBe(0);
    await page.close();
  });
});
