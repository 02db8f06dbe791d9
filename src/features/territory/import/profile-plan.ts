/**
 * Decides what a profile import does to the territories folder, without touching the disk:
 *
 * - a municipality whose file has no profile field gets one: **added**;
 * - a file with part of a profile gets the fields it lacks: **updated**;
 * - a value an editor already set differently is **never overwritten**: the field is
 *   **skipped** with the reason (a capacity group and its year go together: both or neither);
 * - a code the territories folder does not have is **skipped** too: the profile belongs to a
 *   territory term, which `npm run import:divipola` creates;
 * - a file that already says what the CSV says is **unchanged**, so a second run writes nothing.
 *
 * Each file to be written is read back and validated with the territory schema; a code that
 * names a department or a non-municipalised area, or a file that cannot be read, is a problem,
 * and any problem means nothing is written.
 */
import { parse } from 'yaml';
import { nodeContext } from '../../../schemas/node-context.ts';
import { territory } from '../../../schemas/taxonomies.ts';
import { readMeta } from '../../../schemas/meta.ts';
import { PROFILE_KEYS, type ProfileKey, profileFields } from '../../../schemas/territory-profile.ts';
import type { RowProblem } from './divipola.ts';
import { withProfileFields } from './profile-file.ts';
import type { ImportedProfile } from './profiles.ts';

export interface ProfileWrite {
  code: string;
  text: string;
  status: 'added' | 'updated';
}

export interface SkippedProfile {
  code: string;
  line: number;
  /** `absent`: the code has no territory file; `kept`: an editor's different value stays. */
  why: 'absent' | 'kept';
  reason: string;
}

export interface ProfilePlan {
  writes: ProfileWrite[];
  unchanged: string[];
  skipped: SkippedProfile[];
  problems: RowProblem[];
}

const schema = territory(nodeContext);

/** Fields that are decided together: a group without its year (or the reverse) means nothing. */
const UNITS: ProfileKey[][] = [['pdetSubregion'], ['category'], ['capacityGroup', 'capacityGroupYear']];

const show = (data: Record<string, unknown>, keys: ProfileKey[]) =>
  keys
    .map((k) => data[k])
    .filter((v) => v !== undefined && v !== null)
    .map(String)
    .join(' de ');

export function planProfiles(imported: ImportedProfile[], territories: Map<string, string>): ProfilePlan {
  const plan: ProfilePlan = { writes: [], unchanged: [], skipped: [], problems: [] };
  for (const row of imported) {
    const problem = (message: string) => plan.problems.push({ line: row.line, message: `${row.code}: ${message}` });
    const text = territories.get(row.code);
    if (text === undefined) {
      plan.skipped.push({
        code: row.code,
        line: row.line,
        why: 'absent',
        reason: 'no está en content/taxonomies/territories (créelo antes, por ejemplo con npm run import:divipola)',
      });
      continue;
    }
    let data: unknown;
    try {
      data = parse(text);
    } catch {
      data = undefined;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      problem(`el archivo ${row.code}.yaml no se puede leer; corríjalo (npm run check) antes de importar.`);
      continue;
    }
    const existing = data as Record<string, unknown>;
    if (existing.kind !== 'municipio') {
      problem(
        `el territorio es «${String(existing.kind)}»: el perfil de capacidades iniciales es solo para municipios y distritos.`,
      );
      continue;
    }

    const additions: Record<string, string | number> = {};
    for (const unit of UNITS) {
      const incoming = unit.filter((k) => row.values[k] !== undefined);
      if (incoming.length === 0) continue;
      const conflict = unit.some(
        (k) =>
          existing[k] !== undefined &&
          existing[k] !== null &&
          row.values[k] !== undefined &&
          existing[k] !== row.values[k],
      );
      if (conflict) {
        plan.skipped.push({
          code: row.code,
          line: row.line,
          why: 'kept',
          reason: `${unit.map((k) => readMeta(profileFields[k]).label).join(' y ')}: el archivo dice «${show(existing, unit)}» y el CSV «${show(row.values, unit)}»; se conserva el valor del editor`,
        });
        continue;
      }
      for (const k of incoming) if (existing[k] === undefined || existing[k] === null) additions[k] = row.values[k]!;
    }
    const keys = PROFILE_KEYS.filter((k) => k in additions);
    if (keys.length === 0) {
      plan.unchanged.push(row.code);
      continue;
    }
    const next = withProfileFields(text, Object.fromEntries(keys.map((k) => [k, additions[k]!])));
    const result = schema.safeParse(parse(next));
    if (!result.success) {
      for (const issue of result.error.issues) problem(`${issue.path.join('.') || 'registro'}: ${issue.message}`);
      continue;
    }
    const hadProfile = PROFILE_KEYS.some((k) => existing[k] !== undefined && existing[k] !== null);
    plan.writes.push({ code: row.code, text: next, status: hadProfile ? 'updated' : 'added' });
  }
  return plan;
}
