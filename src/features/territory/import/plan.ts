/**
 * Decides what an import does to the territories folder, without touching the disk:
 *
 * - a code with no file is **added**;
 * - an existing file is **never overwritten**: editors may have corrected a name or a kind.
 *   It is **updated** only to add fields it lacks (a department's region, a municipality's
 *   department), keeping every value it has; otherwise it is **skipped**.
 *
 * Every file to be written is validated with the territory schema first; any problem means
 * nothing is written.
 */
import { parse } from 'yaml';
import { territory } from '../../../schemas/taxonomies.ts';
import { nodeContext } from '../../../schemas/node-context.ts';
import type { ImportedTerritory, RowProblem } from './divipola.ts';
import { departmentRegions } from './department-regions.ts';
import { territoryYaml } from './territory-file.ts';

export interface PlannedWrite {
  code: string;
  text: string;
  status: 'added' | 'updated';
}

export interface ImportPlan {
  writes: PlannedWrite[];
  skipped: string[];
  problems: RowProblem[];
}

export interface ExistingTree {
  /** Territory code → the text of its YAML file. */
  territories: Map<string, string>;
  /** Ids of the regions collection. */
  regions: Set<string>;
}

const schema = territory(nodeContext);

function fieldsFor(t: ImportedTerritory, regionOf: (dept: string) => string | undefined): Record<string, string> {
  const fields: Record<string, string> = { code: t.code, name: t.name, kind: t.kind };
  if (t.department) fields.department = t.department;
  else {
    const region = regionOf(t.code);
    if (region) fields.region = region;
  }
  return fields;
}

export function planImport(imported: ImportedTerritory[], tree: ExistingTree): ImportPlan {
  const problems: RowProblem[] = [];
  const writes: PlannedWrite[] = [];
  const skipped: string[] = [];
  const existingData = new Map<string, Record<string, unknown> | undefined>();
  for (const [code, text] of tree.territories) {
    try {
      const data = parse(text) as unknown;
      existingData.set(code, data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined);
    } catch {
      existingData.set(code, undefined);
    }
  }
  const regionOf = (dept: string) => {
    const fromFile = existingData.get(dept)?.region;
    return typeof fromFile === 'string' ? fromFile : departmentRegions[dept];
  };
  const known = new Set([...tree.territories.keys(), ...imported.map((t) => t.code)]);

  for (const t of imported) {
    const fields = fieldsFor(t, regionOf);
    const existing = existingData.get(t.code);
    let data: Record<string, unknown>;
    let status: PlannedWrite['status'];
    if (!tree.territories.has(t.code)) {
      data = fields;
      status = 'added';
    } else {
      // An unreadable file is the check's business, not the importer's: leave it alone.
      const missing = existing
        ? Object.keys(fields).filter((k) => existing[k] === undefined || existing[k] === null)
        : [];
      // A municipality file does not get a region, nor a department file a department.
      if (missing.length === 0) {
        skipped.push(t.code);
        continue;
      }
      data = { ...existing, ...Object.fromEntries(missing.map((k) => [k, fields[k]])) };
      status = 'updated';
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ line: t.line, message: `${t.code}: ${issue.path.join('.') || 'registro'}: ${issue.message}` });
      }
      continue;
    }
    const dept = data.department;
    if (typeof dept === 'string' && !known.has(dept)) {
      problems.push({
        line: t.line,
        message: `${t.code}: el departamento ${dept} no existe en el archivo ni en el contenido.`,
      });
      continue;
    }
    const region = data.region;
    if (typeof region === 'string' && !tree.regions.has(region)) {
      problems.push({
        line: t.line,
        message: `${t.code}: la región «${region}» no existe en content/taxonomies/regions.`,
      });
      continue;
    }
    writes.push({ code: t.code, text: territoryYaml(data), status });
  }
  return { writes, skipped, problems };
}
