/**
 * Reads a CSV of municipal initial-capacity profiles keyed by DIVIPOLA code (the PDET list,
 * the Contaduría's categories, the DNP's MDM groups, or one sheet with all of them) into
 * values the territory schema accepts. Columns are found by their header, so a file may carry
 * any subset of the profile columns, plus name columns for people, which are ignored. Every
 * problem of the file is collected with its line, so the editor fixes them at once; values are
 * checked with the schema's own fields, so the import and `npm run check` refuse with the same words.
 */
import { fold } from '../../../core/slug.ts';
import { readMeta } from '../../../schemas/meta.ts';
import {
  CAPACITY_GROUPS,
  MUNICIPAL_CATEGORIES,
  PDET_SUBREGIONS,
  type ProfileKey,
  capacityGroup,
  capacityGroupYear,
  category,
  pdetSubregion,
} from '../../../schemas/territory-profile.ts';
import type { CsvRecord } from './csv.ts';
import { departmentRegions } from './department-regions.ts';
import type { RowProblem } from './divipola.ts';

/** The documented header of each column (README.md of this folder), as `npm run import:profiles` names them. */
export const PROFILE_COLUMNS = {
  code: 'codigo_municipio',
  pdetSubregion: 'subregion_pdet',
  category: 'categoria',
  capacityGroup: 'grupo_capacidades',
  capacityGroupYear: 'anio_grupo',
} as const;

type Column = keyof typeof PROFILE_COLUMNS;

/** Other spellings of the same headers, accents and case aside («Código DIVIPOLA», «Año grupo»). */
const ALIASES: Record<string, Column> = {
  codigo: 'code',
  codigo_divipola: 'code',
  divipola: 'code',
  codigo_dane: 'code',
  cod_municipio: 'code',
  subregion: 'pdetSubregion',
  categoria_municipal: 'category',
  grupo: 'capacityGroup',
  grupo_mdm: 'capacityGroup',
  grupo_dotaciones_iniciales: 'capacityGroup',
  ano_grupo: 'capacityGroupYear',
  ano: 'capacityGroupYear',
  anio: 'capacityGroupYear',
  ano_mdm: 'capacityGroupYear',
  anio_mdm: 'capacityGroupYear',
};

/** Columns people keep beside the code to read the sheet; the import ignores them. */
export const IGNORED_COLUMNS = [
  'departamento',
  'municipio',
  'nombre_departamento',
  'nombre_municipio',
  'codigo_departamento',
] as const;

/** «Código Municipio» → `codigo_municipio`. */
const headerKey = (raw: string) => fold(raw).trim().replace(/\s+/g, '_');

export interface ImportedProfile {
  code: string;
  /** 1-based line of the file the row comes from. */
  line: number;
  values: Partial<{ pdetSubregion: string; category: string; capacityGroup: string; capacityGroupYear: number }>;
}

export interface ProfilesResult {
  profiles: ImportedProfile[];
  problems: RowProblem[];
  rows: number;
  /** The profile fields the file carries, whether or not a row fills them. */
  columns: ProfileKey[];
}

function mapHeader(header: CsvRecord): { columns: Partial<Record<Column, number>>; problems: RowProblem[] } {
  const columns: Partial<Record<Column, number>> = {};
  const problems: RowProblem[] = [];
  const problem = (message: string) => problems.push({ line: header.line, message });
  const documented = Object.fromEntries(
    Object.entries(PROFILE_COLUMNS).map(([column, name]) => [name, column as Column]),
  );
  header.fields.forEach((raw, index) => {
    const key = headerKey(raw);
    if ((IGNORED_COLUMNS as readonly string[]).includes(key)) return;
    const column = documented[key] ?? ALIASES[key];
    if (!column) {
      const known = [...Object.values(PROFILE_COLUMNS), ...IGNORED_COLUMNS].map((n) => `«${n}»`).join(', ');
      return void problem(`Columna desconocida «${raw.trim()}» en el encabezado. Las columnas admitidas son ${known}.`);
    }
    if (columns[column] !== undefined)
      return void problem(`La columna «${PROFILE_COLUMNS[column]}» aparece dos veces en el encabezado.`);
    columns[column] = index;
  });
  if (problems.length) return { columns, problems };
  if (columns.code === undefined)
    problem(`Falta la columna «${PROFILE_COLUMNS.code}» con el código DIVIPOLA de 5 dígitos.`);
  const profileColumns = (Object.keys(columns) as Column[]).filter((c) => c !== 'code');
  if (profileColumns.length === 0) {
    const names = (['pdetSubregion', 'category', 'capacityGroup'] as const)
      .map((c) => `«${PROFILE_COLUMNS[c]}»`)
      .join(', ');
    problem(`El archivo no trae ninguna columna del perfil: se espera al menos una de ${names}.`);
  }
  if ((columns.capacityGroup === undefined) !== (columns.capacityGroupYear === undefined)) {
    problem(
      `Las columnas «${PROFILE_COLUMNS.capacityGroup}» y «${PROFILE_COLUMNS.capacityGroupYear}» van juntas: un grupo de capacidades se indica con el año de su medición.`,
    );
  }
  return { columns, problems };
}

/** A value written as the portal writes it: «SUR DE CORDOBA» is «Sur de Córdoba», «g4» is «G4», «Sexta» is «6». */
function canonical(values: readonly string[], raw: string, words: Record<string, string> = {}): string | undefined {
  const key = fold(raw);
  return values.find((v) => fold(v) === key || (words[v] !== undefined && fold(words[v]) === key));
}

/** The schema's refusal for a value, so the import and the check use the same words. */
function refusal(
  field: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } },
  value: unknown,
): string | undefined {
  const result = field.safeParse(value);
  return result.success ? undefined : result.error!.issues[0]!.message;
}

/** Turns parsed CSV records (header first) into profiles by municipality code, or problems. */
export function readProfiles(records: CsvRecord[]): ProfilesResult {
  const [header, ...rows] = records;
  const empty = (problems: RowProblem[]): ProfilesResult => ({
    profiles: [],
    problems,
    rows: rows.length,
    columns: [],
  });
  if (!header) return empty([{ line: 1, message: 'El archivo está vacío.' }]);
  const { columns, problems } = mapHeader(header);
  if (problems.length) return empty(problems);
  if (rows.length === 0)
    return empty([{ line: header.line + 1, message: 'El archivo no tiene filas de datos después del encabezado.' }]);

  const profiles: ImportedProfile[] = [];
  const seen = new Map<string, number>();
  const cell = (r: CsvRecord, c: Column) => (columns[c] === undefined ? '' : (r.fields[columns[c]!] ?? '').trim());
  const column = (c: Column) => `«${PROFILE_COLUMNS[c]}»`;
  for (const row of rows) {
    const problem = (message: string) => problems.push({ line: row.line, message });
    if (row.fields.length !== header.fields.length) {
      problem(
        `La fila tiene ${row.fields.length} columnas y el encabezado ${header.fields.length}: el archivo parece cortado o mal separado.`,
      );
      continue;
    }
    const code = cell(row, 'code');
    if (!/^\d{5}$/.test(code)) {
      const dropped = /^\d{4}$/.test(code)
        ? ` Parece que la hoja de cálculo quitó el cero inicial: escriba «0${code}».`
        : '';
      problem(`El código de municipio «${code}» no es válido: son 5 dígitos con el cero inicial («05001»).${dropped}`);
      continue;
    }
    if (!(code.slice(0, 2) in departmentRegions)) {
      problem(
        `El código ${code} no es de ningún departamento de la DIVIPOLA (sus dos primeros dígitos, ${code.slice(0, 2)}, no son un código de departamento).`,
      );
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      problem(`El código ${code} está repetido (ya aparece en la línea ${first}).`);
      continue;
    }
    seen.set(code, row.line);

    const values: ImportedProfile['values'] = {};
    const before = problems.length;
    const subregion = cell(row, 'pdetSubregion');
    if (subregion) {
      const value = canonical(PDET_SUBREGIONS, subregion);
      if (value) values.pdetSubregion = value;
      else problem(`${column('pdetSubregion')}: ${refusal(pdetSubregion, subregion)}`);
    }
    const cat = cell(row, 'category');
    if (cat) {
      const value = canonical(MUNICIPAL_CATEGORIES, cat, readMeta(category).options);
      if (value) values.category = value;
      else problem(`${column('category')}: ${refusal(category, cat)}`);
    }
    const group = cell(row, 'capacityGroup');
    const year = cell(row, 'capacityGroupYear');
    if (group) {
      const value = canonical(CAPACITY_GROUPS, group);
      if (value) values.capacityGroup = value;
      else problem(`${column('capacityGroup')}: ${refusal(capacityGroup, group)}`);
    }
    if (year) {
      const value = /^\d+$/.test(year) ? Number(year) : Number.NaN;
      const refused = refusal(capacityGroupYear, value);
      if (refused) problem(`${column('capacityGroupYear')}: «${year}»: ${refused}`);
      else values.capacityGroupYear = value;
    }
    if (group && !year) problem(`Falta el año ${column('capacityGroupYear')} del grupo de capacidades ${group}.`);
    if (year && !group) problem(`El año ${year} no tiene grupo de capacidades en ${column('capacityGroup')}.`);
    if (problems.length === before) profiles.push({ code, line: row.line, values });
  }
  const present = (Object.keys(columns) as Column[]).filter((c): c is ProfileKey => c !== 'code');
  return { profiles, problems, rows: rows.length, columns: present };
}
