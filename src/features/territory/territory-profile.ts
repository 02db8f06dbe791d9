/**
 * What a municipality's page shows of its initial-capacity profile: one labelled line per
 * field it has, in the schema's order, with the schema's own words for labels and values
 * (`category: "6"` reads «Sexta»; a capacity group reads with the year it was measured, since
 * groups change between measurements). Pure: it takes the territory's data and returns the
 * definition list the component renders; nothing at all when the territory has no profile.
 */
import { label, optionLabel } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import type { ProfileValues } from '../../schemas/territory-profile.ts';

export interface ProfileLine {
  /** The field: a stable hook for tests and styles. */
  key: 'pdetSubregion' | 'category' | 'capacityGroup';
  label: string;
  value: string;
}

export function territoryProfileModel(data: ProfileValues): ProfileLine[] {
  const lines: ProfileLine[] = [];
  if (data.pdetSubregion) {
    lines.push({
      key: 'pdetSubregion',
      label: label('territories', 'pdetSubregion'),
      value: optionLabel('territories', 'pdetSubregion', data.pdetSubregion),
    });
  }
  if (data.category) {
    lines.push({
      key: 'category',
      label: label('territories', 'category'),
      value: optionLabel('territories', 'category', data.category),
    });
  }
  if (data.capacityGroup) {
    const group = optionLabel('territories', 'capacityGroup', data.capacityGroup);
    // The year as written, not as a quantity: «2023», never «2.023».
    const value =
      data.capacityGroupYear === undefined
        ? group
        : t('territory.profileGroupValue', { group, year: String(data.capacityGroupYear) });
    lines.push({ key: 'capacityGroup', label: label('territories', 'capacityGroup'), value });
  }
  return lines;
}
