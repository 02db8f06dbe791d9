/**
 * SDG targets are codes («6.1»), not references: whether one exists, and belongs to a goal the
 * entry names, is read against the goals' own data (content/taxonomies/sdg), which the check
 * reads from the disk and the CMS from `/admin/validacion.json`. Runs on the data as written, so
 * an entry that fails its schema for another reason still hears about its targets.
 */
import { goalOfTarget, SDG_TARGET } from '../schemas/sdg.ts';
import type { RawEntry } from './load.ts';
import { type Problem, problems as catalogue } from './problems.ts';
import { labelPath, schemaOf } from './schema-of.ts';

/** Goal id (its number, as text) → the codes of its targets. */
export type SdgTargets = Readonly<Record<string, readonly string[]>>;

/** The targets of each goal, from the goals' entries as read (any that could be read). */
export function sdgTargetsOf(entries: readonly Pick<RawEntry, 'collection' | 'id' | 'data'>[]): SdgTargets {
  const out: Record<string, string[]> = {};
  for (const e of entries) {
    if (e.collection !== 'sdg') continue;
    const targets = (e.data as { targets?: unknown }).targets;
    out[e.id] = Array.isArray(targets) ? targets.map(String) : [];
  }
  return out;
}

const idsIn = (value: unknown) =>
  Array.isArray(value)
    ? value.map((v) => (v && typeof v === 'object' ? String((v as { id: unknown }).id) : String(v)))
    : [];

/** Every target an entry names that does not exist, or whose goal the entry does not name. */
export function sdgTargetProblems(entry: RawEntry, targets: SdgTargets | undefined): Problem[] {
  const data = entry.data as { sdg?: unknown; sdgTargets?: unknown };
  if (!Array.isArray(data.sdgTargets) || !targets) return [];
  const { fields } = schemaOf(entry.collection);
  const named = new Set(idsIn(data.sdg));
  const goalsLabel = labelPath(fields, ['sdg']);
  const out: Problem[] = [];
  data.sdgTargets.forEach((value, i) => {
    // A malformed code is the schema's to refuse, with its own message.
    if (typeof value !== 'string' || !SDG_TARGET.test(value.trim())) return;
    const code = value.trim();
    const goal = goalOfTarget(code);
    const path = ['sdgTargets', i];
    const field = `sdgTargets[${i}]`;
    const label = labelPath(fields, path);
    const known = targets[goal];
    const problem =
      known && !known.includes(code)
        ? catalogue.sdgTargetUnknown(entry.file, field, label, code, goal, known)
        : !named.has(goal)
          ? catalogue.sdgTargetGoalNotNamed(entry.file, field, label, code, goal, goalsLabel)
          : undefined;
    if (problem) out.push({ ...problem, line: entry.lineOf(path) });
  });
  return out;
}

/** A goal's file is named after its number, as references name it. */
export function sdgGoalFileProblems(entry: RawEntry): Problem[] {
  if (entry.collection !== 'sdg') return [];
  const number = (entry.data as { number?: unknown }).number;
  if (number === undefined || String(number) === entry.id) return [];
  const label = labelPath(schemaOf('sdg').fields, ['number']);
  return [{ ...catalogue.sdgGoalFileName(entry.file, String(number), label), line: entry.lineOf(['number']) }];
}
