/**
 * Reads a DANE DIVIPOLA table (departments and municipalities with their codes) into
 * territory terms, accepting the quirks of the real exports: department codes without the
 * leading zero («5»), columns in any order (found by their header), names in capitals.
 * Every problem of the file is collected with its line, so the editor fixes them at once.
 */
import { fold } from '../../../core/slug.ts';
import type { CsvRecord } from './csv.ts';
import { spanishTitleCase } from './names.ts';

export type TerritoryKind = 'departamento' | 'distrito-capital' | 'municipio' | 'area-no-municipalizada';

export interface ImportedTerritory {
  code: string;
  name: string;
  kind: TerritoryKind;
  /** Department code, for municipalities. */
  department?: string;
  /** 1-based line of the file the term comes from (its first row, for a department). */
  line: number;
}

export interface RowProblem {
  line: number;
  message: string;
}

type Column = 'departmentCode' | 'departmentName' | 'municipalityCode' | 'municipalityName' | 'type';

/** How each column is recognised in the header, accents and case aside. */
const COLUMN_PATTERNS: [Column, RegExp][] = [
  ['type', /^tipo\b/],
  ['departmentCode', /\bcod(igo)?\b.*\bdep(artamento|to)?\b/],
  ['municipalityCode', /\bcod(igo)?\b.*\bmun(icipio|pio)?\b/],
  ['departmentName', /\b(nombre )?dep(artamento|to)\b/],
  ['municipalityName', /\b(nombre )?mun(icipio|pio)\b/],
];

const REQUIRED: Column[] = ['departmentCode', 'departmentName', 'municipalityCode', 'municipalityName'];

const COLUMN_WORDS: Record<Column, string> = {
  departmentCode: 'Código Departamento',
  departmentName: 'Nombre Departamento',
  municipalityCode: 'Código Municipio',
  municipalityName: 'Nombre Municipio',
  type: 'Tipo',
};

/** DIVIPOLA gives Bogotá the department-level code 11: it is the Capital District. */
const CAPITAL_DISTRICT = '11';

export function mapColumns(header: string[]): { columns: Partial<Record<Column, number>>; missing: Column[] } {
  const columns: Partial<Record<Column, number>> = {};
  header.forEach((raw, index) => {
    const name = fold(raw);
    const match = COLUMN_PATTERNS.find(([column, pattern]) => columns[column] === undefined && pattern.test(name));
    if (match) columns[match[0]] = index;
  });
  return { columns, missing: REQUIRED.filter((c) => columns[c] === undefined) };
}

function kindOf(type: string | undefined): TerritoryKind | undefined {
  const value = fold(type ?? '');
  if (value === '' || value === 'municipio' || value === 'isla' || value === 'distrito') return 'municipio';
  if (value === 'area no municipalizada') return 'area-no-municipalizada';
  return undefined;
}

export interface DivipolaResult {
  territories: ImportedTerritory[];
  problems: RowProblem[];
  rows: number;
}

/** Turns parsed CSV records (header first) into departments and municipalities, or problems. */
export function readDivipola(records: CsvRecord[], onRow?: (done: number, total: number) => void): DivipolaResult {
  const problems: RowProblem[] = [];
  const [header, ...rows] = records;
  if (!header) return { territories: [], problems: [{ line: 1, message: 'El archivo está vacío.' }], rows: 0 };
  const { columns, missing } = mapColumns(header.fields);
  if (missing.length) {
    const names = missing.map((c) => `«${COLUMN_WORDS[c]}»`).join(', ');
    return {
      territories: [],
      problems: [{ line: header.line, message: `Faltan columnas en el encabezado: ${names}.` }],
      rows: 0,
    };
  }
  if (rows.length === 0)
    problems.push({ line: header.line + 1, message: 'El archivo no tiene filas de datos después del encabezado.' });

  const departments = new Map<string, ImportedTerritory>();
  const municipalities = new Map<string, ImportedTerritory>();
  const cell = (r: CsvRecord, c: Column) => (columns[c] === undefined ? undefined : r.fields[columns[c]!]?.trim());
  rows.forEach((row, index) => {
    onRow?.(index + 1, rows.length);
    const problem = (message: string) => problems.push({ line: row.line, message });
    if (row.fields.length < header.fields.length) {
      problem(
        `La fila tiene ${row.fields.length} columnas y el encabezado ${header.fields.length}: el archivo parece cortado o mal separado.`,
      );
      return;
    }
    const deptRaw = cell(row, 'departmentCode')!;
    const munRaw = cell(row, 'municipalityCode')!;
    const deptName = cell(row, 'departmentName')!;
    const munName = cell(row, 'municipalityName')!;
    if (!/^\d{1,2}$/.test(deptRaw) || Number(deptRaw) === 0) {
      problem(`El código de departamento «${deptRaw}» no es válido: son 2 dígitos («05», «27»; se acepta «5»).`);
      return;
    }
    const dept = deptRaw.padStart(2, '0');
    if (!/^\d{4,5}$/.test(munRaw)) {
      problem(`El código de municipio «${munRaw}» no es válido: son 5 dígitos («05001»).`);
      return;
    }
    const code = munRaw.padStart(5, '0');
    if (!code.startsWith(dept)) {
      problem(`El código de municipio ${code} no empieza por el de su departamento (${dept}).`);
      return;
    }
    if (!deptName) return void problem('Falta el nombre del departamento.');
    if (!munName) return void problem('Falta el nombre del municipio.');
    const kind = kindOf(cell(row, 'type'));
    if (!kind)
      return void problem(
        `Tipo «${cell(row, 'type')}» desconocido: se espera Municipio, Isla o Área no municipalizada.`,
      );

    const name = spanishTitleCase(deptName);
    const known = departments.get(dept);
    if (!known) {
      departments.set(dept, {
        code: dept,
        name,
        kind: dept === CAPITAL_DISTRICT ? 'distrito-capital' : 'departamento',
        line: row.line,
      });
    } else if (fold(known.name) !== fold(name)) {
      return void problem(
        `El departamento ${dept} se llama «${deptName}» aquí y «${known.name}» en la línea ${known.line}.`,
      );
    }
    const repeated = municipalities.get(code);
    if (repeated) return void problem(`El código ${code} está repetido (ya aparece en la línea ${repeated.line}).`);
    municipalities.set(code, { code, name: spanishTitleCase(munName), kind, department: dept, line: row.line });
  });
  const territories = [...departments.values(), ...municipalities.values()].sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  return { territories, problems, rows: rows.length };
}
