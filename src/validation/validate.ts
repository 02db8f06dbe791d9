/**
 * The content check: every entry against its schema, then what a schema alone cannot see
 * (references to entries that do not exist, file names, module order, missing images).
 * Reports every problem of the run at once. What concerns one entry alone lives in entry.ts,
 * shared with the CMS, which gives the same verdict before saving.
 */
import { join } from 'node:path';
import { checkEntry, type ValidEntry } from './entry.ts';
import { entryContextOf } from './entry-context.ts';
import { loadContent } from './load.ts';
import { type Problem, problems as catalogue } from './problems.ts';
import { type ContentRule, contentRules, type RuleContext } from './rules.ts';
import { labelPath, schemaOf } from './schema-of.ts';

export { formatPath, labelPath, schemaOf } from './schema-of.ts';
export type { ValidEntry } from './entry.ts';

export interface CheckResult {
  entries: ValidEntry[];
  problems: Problem[];
}

/** A municipality's department must be a department (not another municipality, not itself). */
function checkTerritoryHierarchy(entries: ValidEntry[], out: Problem[]) {
  const territories = new Map(entries.filter((e) => e.collection === 'territories').map((e) => [e.id, e]));
  for (const e of territories.values()) {
    const department = (e.data.department as { id: string } | undefined)?.id;
    const target = department ? territories.get(department) : undefined;
    if (target && target.data.kind !== 'departamento' && target.data.kind !== 'distrito-capital') {
      const fieldLabel = labelPath(schemaOf('territories').fields, ['department']);
      out.push({
        ...catalogue.territoryHierarchy(e.file, 'department', fieldLabel, `«${department}» no es un departamento.`),
        line: e.lineOf(['department']),
      });
    }
  }
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
        out.push({
          ...catalogue.moduleOrder(
            m.file,
            course,
            `Otro módulo ya tiene el número ${order}: ${sorted[i - 1]!.file}`,
            fieldLabel,
          ),
          line,
        });
      } else if (order !== i + 1 && (i === 0 || order !== Number(sorted[i - 1]!.data.order))) {
        out.push({
          ...catalogue.moduleOrder(
            m.file,
            course,
            `Se esperaba el módulo ${i + 1} y este tiene el número ${order}`,
            fieldLabel,
          ),
          line,
        });
      }
    });
  }
}

/**
/**
 * A rule that throws must not hide the problems every other rule found: its failure becomes one
 * more problem of the run, and the rest of the report is printed.
 */
function runRule(rule: ContentRule, context: RuleContext, contentDir: string): Problem[] {
  try {
    return rule(context);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return [
      catalogue.ruleFailed(
        contentDir.startsWith(context.root)
          ? contentDir.slice(context.root.length).replace(/^\//, '') || 'content'
          : contentDir,
        detail,
      ),
    ];
  }
}

/**
 * Validates the whole content tree under `root/content` (or `contentDir`): each entry through
 * the one-entry verdict the CMS also gives (entry.ts), then the rules that need every entry.
 */
export function checkContent(root: string, contentDir = join(root, 'content')): CheckResult {
  const { entries: raw, problems } = loadContent(root, contentDir);
  const context = entryContextOf(root, raw);
  const entries: ValidEntry[] = [];
  for (const entry of raw) {
    const verdict = checkEntry(entry, context);
    problems.push(...verdict.problems);
    if (verdict.valid) entries.push(verdict.valid);
  }
  checkTerritoryHierarchy(entries, problems);
  checkModuleOrder(entries, problems);
  for (const rule of contentRules) problems.push(...runRule(rule, { root, raw, valid: entries }, contentDir));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { entries, problems };
}
