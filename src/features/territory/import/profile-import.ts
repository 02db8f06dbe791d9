/**
 * The profile import as one call: read the CSV, validate every row and every file to be
 * written, and only then write. A rejected file leaves the content tree untouched.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvSyntaxError, decodeText, parseCsv } from './csv.ts';
import type { RowProblem } from './divipola.ts';
import { type SkippedProfile, planProfiles } from './profile-plan.ts';
import { readProfiles } from './profiles.ts';

export interface ProfileImportOptions {
  /** The CSV file, keyed by DIVIPOLA code (README.md of this folder). */
  file: string;
  /** The `content/` folder to import into. */
  contentDir: string;
}

export interface ProfileImportReport {
  /** Municipalities that had no profile and got one. */
  added: string[];
  /** Municipalities whose profile gained fields it lacked. */
  updated: string[];
  /** Municipalities whose file already says what the CSV says. */
  unchanged: string[];
  /** Rows or fields left alone, with the reason (an editor's value, a code not in the content). */
  skipped: SkippedProfile[];
  /** Non-empty means the file was rejected and nothing was written. */
  problems: RowProblem[];
  rows: number;
}

function territoryFiles(dir: string): Map<string, string> {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  return new Map(files.map((f) => [f.replace(/\.ya?ml$/, ''), readFileSync(join(dir, f), 'utf8')]));
}

export function importProfiles({ file, contentDir }: ProfileImportOptions): ProfileImportReport {
  const rejected = (problems: RowProblem[], rows = 0): ProfileImportReport => ({
    added: [],
    updated: [],
    unchanged: [],
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
  const read = readProfiles(records);
  if (read.problems.length) return rejected(read.problems, read.rows);

  const dir = join(contentDir, 'taxonomies/territories');
  const existing = territoryFiles(dir);
  // A file named «05001.yml» is written back under its own name.
  const fileOf = (code: string) =>
    existsSync(join(dir, `${code}.yml`)) && !existsSync(join(dir, `${code}.yaml`)) ? `${code}.yml` : `${code}.yaml`;
  const plan = planProfiles(read.profiles, existing);
  if (plan.problems.length) return rejected(plan.problems, read.rows);

  for (const w of plan.writes) writeFileSync(join(dir, fileOf(w.code)), w.text);
  const codes = (status: 'added' | 'updated') => plan.writes.filter((w) => w.status === status).map((w) => w.code);
  return {
    added: codes('added'),
    updated: codes('updated'),
    unchanged: plan.unchanged,
    skipped: plan.skipped,
    problems: [],
    rows: read.rows,
  };
}
