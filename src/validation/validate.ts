/**
 * The content check: every entry against its schema, then what a schema alone cannot see
 * (references to entries that do not exist, file names, module order, missing images).
 * Reports every problem of the run at once. What concerns one entry alone lives in entry.ts,
 * shared with the CMS, which gives the same verdict before saving.
 */
import { checkEntry, type ValidEntry } from './entry.ts';
import { entryContextOf } from './entry-context.ts';
import { loadContent } from './load.ts';
import { type Problem, problems as catalogue } from './problems.ts';
import { contentRules } from './rules.ts';
import { labelPath, schemaOf } from './schema-of.ts';

export { formatPath, labelPath, schemaOf } from './schema-of.ts';
export type { ValidEntry } from './entry.ts';

export interface CheckResult {
  entries: ValidEntry[];
  problems: Problem[];
}

function checkModuleOrder(entries: ValidEntry[], out: Problem[]) {
  const byCourse = new Map<string, ValidEntry[]>();
  for (const e of entries) {
    if (e.collection !== 'modules') continue;
    const course = (e.data.course as { id: string }).id;
    byCourse.set(course, [...(byCourse.get(course) ?? []), e]);
  }
  const fieldLabel = labelPath(schemaOf('modules').fields, ['order']);
  for (const [course, modules] of byCourse) {
    const sorted = [...modules].sort((a, b) => Number(a.data.order) - Number(b.data.order));
    sorted.forEach((m, i) => {
      const order = Number(m.data.order);
      const line = m.lineOf(['order']);
      if (i > 0 && order === Number(sorted[i - 1]!.data.order)) {
        out.push({ ...catalogue.moduleOrder(m.file, course, `Otro módulo ya tiene el número ${order}: ${sorted[i - 1]!.file}`, fieldLabel), line });
      } else if (order !== i + 1 && (i === 0 || order !== Number(sorted[i - 1]!.data.order))) {
        out.push({ ...catalogue.moduleOrder(m.file, course, `Se esperaba el módulo ${i + 1} y este tiene el número ${order}`, fieldLabel), line });
      }
    });
  }
}

/**
 * Validates the whole content tree under `root/content` (or `contentDir`): each entry through
 * the one-entry verdict the CMS also gives (entry.ts), then the rules that need every entry.
 */
export function checkContent(root: string, contentDir?: string): CheckResult {
  const { entries: raw, problems } = loadContent(root, contentDir);
  const context = entryContextOf(root, raw);
  const entries: ValidEntry[] = [];
  for (const entry of raw) {
    const verdict = checkEntry(entry, context);
    problems.push(...verdict.problems);
    if (verdict.valid) entries.push(verdict.valid);
  }
  checkModuleOrder(entries, problems);
  for (const rule of contentRules) problems.push(...rule({ root, raw, valid: entries }));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { entries, problems };
}
