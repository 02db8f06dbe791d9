/**
 * The model of a municipality's profile on its page (TerritoryProfile.astro renders it as a
 * definition list). The unit project cannot compile `.astro` files, so the component itself is
 * covered by the territory page's browser test once the page uses it.
 */
import { describe, expect, it } from 'vitest';
import { territoryProfileModel } from '../../src/features/territory/territory-profile.ts';

describe('the territory profile model', () => {
  it('lists the profile with the schema’s labels and words, in the schema’s order', () => {
    expect(
      territoryProfileModel({ capacityGroupYear: 2023, capacityGroup: 'G5', category: '6', pdetSubregion: 'Chocó' }),
    ).toEqual([
      { key: 'pdetSubregion', label: 'Subregión PDET', value: 'Chocó' },
      { key: 'category', label: 'Categoría municipal', value: 'Sexta' },
      { key: 'capacityGroup', label: 'Grupo de capacidades iniciales (MDM)', value: 'G5 · Nivel bajo (medición 2023)' },
    ]);
  });

  it('shows only what the territory has', () => {
    expect(territoryProfileModel({ category: 'especial' })).toEqual([
      { key: 'category', label: 'Categoría municipal', value: 'Especial' },
    ]);
    expect(territoryProfileModel({})).toEqual([]);
  });
});
