/**
 * Every DIVIPOLA place in the benchmark's content, each municipality with an initial-capacity
 * profile: the size the territory taxonomy will have in production. The files go through the
 * real import commands (DIVIPOLA, then the profiles), so the benchmark also measures what they
 * write. PDET subregions come from the official list; categories and capacity groups are drawn
 * with the rough shares of the real ones (most municipalities are sixth category, few are
 * cities), since no open file of them ships with the project.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDivipola, importProfiles } from '../../src/features/territory/node.ts';
import { CAPACITY_GROUPS, MUNICIPAL_CATEGORIES } from '../../src/schemas/territory-profile.ts';
import { buildError, BenchDataRejected } from '../../src/core/errors/index.ts';
import { random, readYamlDir } from './corpus.ts';

/** Rough shares in the 2023 certifications and MDM: sixth category and the lower groups dominate. */
const CATEGORY_WEIGHTS: Record<(typeof MUNICIPAL_CATEGORIES)[number], number> = {
  especial: 0.005,
  '1': 0.02,
  '2': 0.02,
  '3': 0.015,
  '4': 0.025,
  '5': 0.03,
  '6': 0.885,
};
const GROUP_WEIGHTS: Record<(typeof CAPACITY_GROUPS)[number], number> = {
  C: 0.01,
  G1: 0.1,
  G2: 0.2,
  G3: 0.25,
  G4: 0.25,
  G5: 0.19,
};

function weighted<K extends string>(rnd: () => number, weights: Record<K, number>): K {
  let left = rnd();
  for (const [key, weight] of Object.entries(weights) as [K, number][]) {
    left -= weight;
    if (left <= 0) return key;
  }
  return Object.keys(weights).at(-1) as K;
}

function refuseProblems(file: string, problems: { line: number; message: string }[]) {
  const first = problems[0];
  if (first) throw buildError(BenchDataRejected, file, first.line, first.message);
}

export interface PlacesCorpus {
  municipalities: number;
  profiles: { pdet: number; categoriesAndGroups: number };
}

/**
 * Imports DIVIPOLA and the profiles into `contentDir`. The demo's own municipalities keep the
 * profile they have: the import never overwrites a value already in a file.
 */
export function writePlaces(
  contentDir: string,
  files: { divipola: string; pdet: string; scratch: string },
): PlacesCorpus {
  const places = importDivipola({ file: files.divipola, contentDir });
  refuseProblems(files.divipola, places.problems);
  const pdet = importProfiles({ file: files.pdet, contentDir });
  refuseProblems(files.pdet, pdet.problems);

  const rnd = random(617);
  // The profile belongs to municipalities alone (profileIssues): not to departments, Bogotá or
  // the non-municipalised areas.
  const codes = readYamlDir(join(contentDir, 'taxonomies/territories'))
    .filter((t) => t.data.kind === 'municipio')
    .map((t) => t.id)
    .sort();
  const rows = codes.map((code) =>
    [code, weighted(rnd, CATEGORY_WEIGHTS), weighted(rnd, GROUP_WEIGHTS), '2023'].join(','),
  );
  const drawn = join(files.scratch, 'perfiles-sinteticos.csv');
  writeFileSync(drawn, `codigo_municipio,categoria,grupo_capacidades,anio_grupo\n${rows.join('\n')}\n`);
  const profiles = importProfiles({ file: drawn, contentDir });
  refuseProblems(drawn, profiles.problems);
  return {
    municipalities: codes.length,
    profiles: {
      pdet: pdet.added.length + pdet.updated.length + pdet.unchanged.length,
      categoriesAndGroups: profiles.added.length + profiles.updated.length + profiles.unchanged.length,
    },
  };
}
