/**
 * The import as one call: read the DIVIPOLA file, validate every row and every file to be
 * written, and only then write. A rejected file leaves the content tree untouched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvSyntaxError, decodeText, parseCsv } from './csv.ts';
import { readDivipola, type RowProblem } from './divipola.ts';
import { planImport } from './plan.ts';

export interface ImportOptions {
  /** The DIVIPOLA CSV file. */
  file: string;
  /** The `content/` folder to import into. */
  contentDir: string;
  /** Called as rows are read, for a progress line on long files. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  added: string[];
  updated: string[];
  skipped: string[];
  /** Non-empty means the file was rejected and nothing was written. */
  problems: RowProblem[];
  rows: number;
}

function readYamlFolder(dir: string): Map<string, string> {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml')) : [];
  return new Map(files.map((f) => [f.replace(/\.ya?ml$/, ''), readFileSync(join(dir, f), 'utf8')]));
}

export function importDivipola({ file, contentDir, onProgress }: ImportOptions): ImportReport {
  const rejected = (problems: RowProblem[], rows = 0): ImportReport => ({
    added: [],
    updated: [],
    skipped: [],
    problems,
    rows,
  });
  let records;
  try {
    records = parseCsv(decodeText(readFileSync(file)));
  } catch (error) {
    if (error instanceof CsvSyntaxError) return rejected([{ line: error.line, message: error.message }]);
    throw error;
  }
  const read = readDivipola(records, onProgress);
  if (read.problems.length) return rejected(read.problems, read.rows);

  const territoriesDir = join(contentDir, 'taxonomies/territories');
  const plan = planImport(read.territories, {
    territories: readYamlFolder(territoriesDir),
    regions: new Set(readYamlFolder(join(contentDir, 'taxonomies/regions')).keys()),
  });
  if (plan.problems.length) return rejected(plan.problems, read.rows);

  mkdirSync(territoriesDir, { recursive: true });
  for (const w of plan.writes) writeFileSync(join(territoriesDir, `${w.code}.yaml`), w.text);
  const codes = (status: 'added' | 'updated') => plan.writes.filter((w) => w.status === status).map((w) => w.code);
  return { added: codes('added'), updated: codes('updated'), skipped: plan.skipped, problems: [], rows: read.rows };
}
