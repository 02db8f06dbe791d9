/**
 * A municipality's initial-capacity profile: where it starts, so offers can be aimed
 * differentially (CONPES 4091, Actividad 1). Three official classifications, each a closed list
 * defined once here as data: the schema, the CMS, the open-data columns, the profile import and
 * the offers that target them all read these lists.
 *
 * - PDET subregion: the 16 subregions of Decreto Ley 893 de 2017 (Agencia de Renovación del Territorio).
 * - Municipal category: Ley 617 de 2000, certified each year by the Contaduría General de la Nación.
 * - Initial-capacity group: DNP's Medición de Desempeño Municipal (MDM), C and G1–G5, for a given year.
 */
import { z } from 'zod';
import type { FieldMeta } from './meta.ts';

/** The 16 PDET subregions, written as Decreto Ley 893 de 2017 and the ART name them. */
export const PDET_SUBREGIONS = [
  'Alto Patía y Norte del Cauca',
  'Arauca',
  'Bajo Cauca y Nordeste Antioqueño',
  'Catatumbo',
  'Chocó',
  'Cuenca del Caguán y Piedemonte Caqueteño',
  'Macarena-Guaviare',
  'Montes de María',
  'Pacífico Medio',
  'Pacífico y Frontera Nariñense',
  'Putumayo',
  'Sierra Nevada-Perijá',
  'Sur de Bolívar',
  'Sur de Córdoba',
  'Sur del Tolima',
  'Urabá Antioqueño',
] as const;

/** Ley 617 de 2000, artículo 2: special category, then first (largest) to sixth (smallest). */
export const MUNICIPAL_CATEGORIES = ['especial', '1', '2', '3', '4', '5', '6'] as const;

/** DNP's MDM groups by initial endowment: C (cities), then G1 (highest) to G5 (lowest). */
export const CAPACITY_GROUPS = ['C', 'G1', 'G2', 'G3', 'G4', 'G5'] as const;

/** The first MDM with the current methodology measured 2016; a later year than 2100 is a typo. */
export const CAPACITY_GROUP_YEARS = { min: 2016, max: 2100 } as const;

export type PdetSubregion = (typeof PDET_SUBREGIONS)[number];
export type MunicipalCategory = (typeof MUNICIPAL_CATEGORIES)[number];
export type CapacityGroup = (typeof CAPACITY_GROUPS)[number];

/** A territory's profile as pages and rules read it: every value optional, most places have none. */
export interface ProfileValues {
  pdetSubregion?: string;
  category?: string;
  capacityGroup?: string;
  capacityGroupYear?: number;
}

/** The profile's keys in a territory file, in the order files and pages list them. */
export const PROFILE_KEYS = ['pdetSubregion', 'category', 'capacityGroup', 'capacityGroupYear'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

type Words = Pick<FieldMeta, 'label' | 'hint'>;

/**
 * A closed list whose refusal names the field and its allowed values, so «Sur de Cordoba» in a
 * territory file reads as a wrong subregion, not as a generic «valor no permitido».
 */
function closedList<const T extends readonly [string, ...string[]]>(
  values: T,
  words: Words & { options: Record<T[number], string> },
  refusal: (input: unknown) => string,
) {
  return z
    .enum(values, { error: (issue) => (issue.input === undefined ? undefined : refusal(issue.input)) })
    .meta(words);
}

const quoted = (input: unknown) => `«${String(input)}»`;

export const pdetSubregion = closedList(
  PDET_SUBREGIONS,
  {
    label: 'Subregión PDET',
    hint: 'Solo para los 170 municipios PDET: su subregión según el Decreto Ley 893 de 2017. Déjelo vacío si el municipio no es PDET.',
    options: Object.fromEntries(PDET_SUBREGIONS.map((s) => [s, s])) as Record<PdetSubregion, string>,
  },
  (input) =>
    `${quoted(input)} no es una de las 16 subregiones PDET del Decreto Ley 893 de 2017. Use uno de: ${PDET_SUBREGIONS.join(', ')}.`,
);

export const category = closedList(
  MUNICIPAL_CATEGORIES,
  {
    label: 'Categoría municipal',
    hint: 'Categoría de la Ley 617 de 2000 que certifica la Contaduría General de la Nación: especial o de 1 a 6 (sexta: los presupuestos más pequeños).',
    options: {
      especial: 'Especial',
      '1': 'Primera',
      '2': 'Segunda',
      '3': 'Tercera',
      '4': 'Cuarta',
      '5': 'Quinta',
      '6': 'Sexta',
    },
  },
  (input) =>
    typeof input === 'number'
      ? `Escriba la categoría municipal entre comillas, como texto: "${input}".`
      : `${quoted(input)} no es una categoría municipal de la Ley 617 de 2000. Use uno de: ${MUNICIPAL_CATEGORIES.join(', ')}.`,
);

export const capacityGroup = closedList(
  CAPACITY_GROUPS,
  {
    label: 'Grupo de capacidades iniciales (MDM)',
    hint: 'Grupo de la Medición de Desempeño Municipal del DNP: C (ciudades) y de G1 (capacidades iniciales altas) a G5 (bajas). Indique también el año.',
    options: {
      C: 'C · Ciudades',
      G1: 'G1 · Nivel alto',
      G2: 'G2 · Nivel medio alto',
      G3: 'G3 · Nivel medio',
      G4: 'G4 · Nivel medio bajo',
      G5: 'G5 · Nivel bajo',
    },
  },
  (input) =>
    `${quoted(input)} no es un grupo de capacidades iniciales de la MDM del DNP. Use uno de: ${CAPACITY_GROUPS.join(', ')}.`,
);

/** Not `quantity()`: its bound would print the years with a thousands separator («2.016»). */
export const capacityGroupYear = z
  .number({
    error: (issue) => (issue.input === undefined ? undefined : 'Escriba el año con cuatro cifras, como 2023.'),
  })
  .int({ error: 'Escriba el año con cuatro cifras, como 2023.' })
  .min(CAPACITY_GROUP_YEARS.min, {
    error: `La Medición de Desempeño Municipal con esta metodología empieza en ${CAPACITY_GROUP_YEARS.min}.`,
  })
  .max(CAPACITY_GROUP_YEARS.max, {
    error: `El año máximo es ${CAPACITY_GROUP_YEARS.max}; revise si sobra algún dígito.`,
  })
  .meta({
    label: 'Año del grupo de capacidades',
    hint: `Año de la medición del DNP de la que sale el grupo. Obligatorio si indica el grupo. Entre ${CAPACITY_GROUP_YEARS.min} y ${CAPACITY_GROUP_YEARS.max}.`,
  });

/** The profile as optional fields of a territory: every existing file stays valid. */
export const profileFields = {
  pdetSubregion: pdetSubregion.optional(),
  category: category.optional(),
  // Each requires the other (profileIssues): editors must not read «(opcional)» beside them.
  capacityGroup: capacityGroup.optional().meta({ conditional: true }),
  capacityGroupYear: capacityGroupYear.optional().meta({ conditional: true }),
};

type Profile = Partial<Record<ProfileKey, unknown>>;

/**
 * What a profile must hold together: it belongs to a municipality (or district), and a group is
 * meaningless without the year it was measured, as a year is without its group.
 */
export function profileIssues(t: Profile & { code: string; kind: string }): { path: ProfileKey; message: string }[] {
  const issues: { path: ProfileKey; message: string }[] = [];
  const present = PROFILE_KEYS.filter((k) => t[k] !== undefined);
  if (present.length && t.kind !== 'municipio') {
    for (const path of present)
      issues.push({
        path,
        message: 'El perfil de capacidades iniciales es solo para municipios y distritos; deje este campo vacío.',
      });
    return issues;
  }
  if (t.capacityGroup !== undefined && t.capacityGroupYear === undefined) {
    issues.push({
      path: 'capacityGroupYear',
      message: 'Indique el año de la medición de la que sale el grupo de capacidades.',
    });
  }
  if (t.capacityGroupYear !== undefined && t.capacityGroup === undefined) {
    issues.push({
      path: 'capacityGroup',
      message: 'Indique el grupo de capacidades al que corresponde el año, o deje el año vacío.',
    });
  }
  return issues;
}
