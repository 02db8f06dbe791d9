import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/features/territory/import/csv.ts';
import { importDivipola } from '../../src/features/territory/import/import.ts';
import { spanishTitleCase } from '../../src/features/territory/import/names.ts';
import { territoryYaml } from '../../src/features/territory/import/territory-file.ts';
import { checkContent } from '../../src/validation/validate.ts';

const root = join(import.meta.dirname, '../..');
const realDivipola = join(root, '../shared/data/divipola.csv');

const HEADER =
  'Código Departamento,Nombre Departamento,Código Municipio,Nombre Municipio,Tipo: Municipio / Isla / Área no municipalizada,longitud,Latitud';
const GOOD_ROWS = [
  '27,CHOCÓ,27001,QUIBDÓ,Municipio,"-76,658136","5,694526"',
  '27,CHOCÓ,27006,ACANDÍ,Municipio,"-77,278856","8,51232"',
  '5,ANTIOQUIA,05148,EL CARMEN DE VIBORAL,Municipio,"-75,335","6,082"',
  '91,AMAZONAS,91460,MIRITÍ - PARANÁ,Área no municipalizada,"-70,98893","-0,888833"',
  '11,"BOGOTÁ, D.C.",11001,"BOGOTÁ, D.C.",Municipio,"-74,106992","4,649251"',
];
const csv = (header: string, rows: string[]) => `${header}\r\n${rows.join('\r\n')}\r\n`;

/** A copy of the project's content tree in a temp dir: imports never touch `content/`. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'divipola-'));
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}
function writeCsv(text: string | Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'divipola-csv-')), 'divipola.csv');
  writeFileSync(file, text);
  return file;
}
/** Every territory file and its text: compared before and after to prove nothing changed. */
const snapshot = (content: string) => {
  const dir = join(content, 'taxonomies/territories');
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
};
const territoryFile = (content: string, code: string) =>
  readFileSync(join(content, 'taxonomies/territories', `${code}.yaml`), 'utf8');

describe('DIVIPOLA names', () => {
  it.each([
    ['SAN JUAN DE PASTO', 'San Juan de Pasto'],
    ['BOGOTÁ, D.C.', 'Bogotá, D.C.'],
    [
      'ARCHIPIÉLAGO DE SAN ANDRÉS, PROVIDENCIA Y SANTA CATALINA',
      'Archipiélago de San Andrés, Providencia y Santa Catalina',
    ],
    ['EL CARMEN DE VIBORAL', 'El Carmen de Viboral'],
    ['LA PLATA', 'La Plata'],
    ['BELÉN DE LOS ANDAQUÍES', 'Belén de los Andaquíes'],
    ['VALLE DEL CAUCA', 'Valle del Cauca'],
    ['MIRITÍ - PARANÁ', 'Mirití - Paraná'],
    ['TOGÜÍ', 'Togüí'],
    ['NARIÑO', 'Nariño'],
  ])('%s → %s', (dane, expected) => {
    expect(spanishTitleCase(dane)).toBe(expected);
  });
});

describe('DIVIPOLA CSV reading', () => {
  it('keeps decimal commas inside quotes and knows each record’s line', () => {
    const records = parseCsv(csv(HEADER, GOOD_ROWS.slice(0, 2)));
    expect(records[1]).toEqual({
      line: 2,
      fields: ['27', 'CHOCÓ', '27001', 'QUIBDÓ', 'Municipio', '-76,658136', '5,694526'],
    });
    expect(records[2]!.line).toBe(3);
  });

  it('reads files separated by semicolons, as spreadsheets in Colombia save them', () => {
    const records = parseCsv('Código Departamento;Nombre Departamento\n5;ANTIOQUIA\n');
    expect(records[1]!.fields).toEqual(['5', 'ANTIOQUIA']);
  });
});

describe('the territory file format', () => {
  it('writes every existing territory file exactly as it is', () => {
    const dir = join(root, 'content/taxonomies/territories');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(territoryYaml(parse(text) as Record<string, unknown>), f).toBe(text);
    }
  });
});

describe('npm run import:divipola', () => {
  it('a good file adds the missing territories in the portal’s format and keeps the existing ones', () => {
    const content = contentCopy();
    const before = snapshot(content);
    const report = importDivipola({ file: writeCsv(csv(HEADER, GOOD_ROWS)), contentDir: content });
    expect(report.problems).toEqual([]);
    expect(report.added).toEqual(['05148', '11001', '27006', '91460']);
    expect(report.updated).toEqual([]);
    // Departments and Quibdó exist already: never overwritten.
    expect(report.skipped.sort()).toEqual(['05', '11', '27', '27001', '91']);
    expect(territoryFile(content, '27006')).toBe('code: "27006"\nname: Acandí\nkind: municipio\ndepartment: "27"\n');
    expect(territoryFile(content, '11001')).toBe(
      'code: "11001"\nname: "Bogotá, D.C."\nkind: municipio\ndepartment: "11"\n',
    );
    expect(territoryFile(content, '91460')).toContain('kind: area-no-municipalizada');
    for (const [file, text] of Object.entries(before))
      expect(territoryFile(content, file.replace('.yaml', '')), file).toBe(text);
    expect(checkContent(root, content).problems).toEqual([]);
  });

  it('the same file twice changes nothing the second time', () => {
    const content = contentCopy();
    const file = writeCsv(csv(HEADER, GOOD_ROWS));
    importDivipola({ file, contentDir: content });
    const after = snapshot(content);
    const again = importDivipola({ file, contentDir: content });
    expect(again.added).toEqual([]);
    expect(again.updated).toEqual([]);
    expect(again.skipped).toHaveLength(9);
    expect(snapshot(content)).toEqual(after);
  });

  it('keeps what an editor changed, and only fills in fields a file lacks', () => {
    const content = contentCopy();
    const dir = join(content, 'taxonomies/territories');
    writeFileSync(
      join(dir, '27001.yaml'),
      'code: "27001"\nname: San Francisco de Quibdó\nkind: municipio\ndepartment: "27"\n',
    );
    writeFileSync(join(dir, '27006.yaml'), 'code: "27006"\nname: Acandí (Chocó)\n');
    const report = importDivipola({ file: writeCsv(csv(HEADER, GOOD_ROWS)), contentDir: content });
    expect(report.updated).toEqual(['27006']);
    expect(territoryFile(content, '27001')).toContain('name: San Francisco de Quibdó');
    expect(territoryFile(content, '27006')).toBe(
      'code: "27006"\nname: Acandí (Chocó)\nkind: municipio\ndepartment: "27"\n',
    );
  });

  it('a file with the columns in another order gives the same territories', () => {
    const reorder = (line: string) => {
      const f = parseCsv(line)[0]!.fields;
      return [f[3], f[2], f[4], f[1], f[0]].map((v) => (/[,]/.test(v!) ? `"${v}"` : v)).join(',');
    };
    const a = contentCopy();
    const b = contentCopy();
    importDivipola({ file: writeCsv(csv(HEADER, GOOD_ROWS)), contentDir: a });
    const report = importDivipola({ file: writeCsv(csv(reorder(HEADER), GOOD_ROWS.map(reorder))), contentDir: b });
    expect(report.problems).toEqual([]);
    expect(snapshot(b)).toEqual(snapshot(a));
  });

  it('reads a Windows-1252 file saved from a spreadsheet with semicolons', () => {
    const content = contentCopy();
    const text = csv(HEADER.replaceAll(',', ';'), ['27;CHOCÓ;27006;ACANDÍ;Municipio;-77,27;8,51']);
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const report = importDivipola({ file: writeCsv(bytes), contentDir: content });
    expect(report.added).toEqual(['27006']);
    expect(territoryFile(content, '27006')).toContain('name: Acandí');
  });

  describe('rejects a malformed file with the line and the reason, writing nothing', () => {
    const rejected = (text: string) => {
      const content = contentCopy();
      const before = snapshot(content);
      const report = importDivipola({ file: writeCsv(text), contentDir: content });
      expect(snapshot(content)).toEqual(before);
      expect(report.added).toEqual([]);
      return report.problems;
    };

    it('a bad municipality code', () => {
      const rows = [...GOOD_ROWS];
      rows[2] = '5,ANTIOQUIA,5148X,EL CARMEN DE VIBORAL,Municipio,"-75,3","6,0"';
      expect(rejected(csv(HEADER, rows))).toEqual([
        { line: 4, message: 'El código de municipio «5148X» no es válido: son 5 dígitos («05001»).' },
      ]);
    });

    it('a municipality code outside its department', () => {
      const rows = [...GOOD_ROWS, '27,CHOCÓ,52001,PASTO,Municipio,"-77,2","1,2"'];
      expect(rejected(csv(HEADER, rows))).toEqual([
        { line: 7, message: 'El código de municipio 52001 no empieza por el de su departamento (27).' },
      ]);
    });

    it('a bad department code', () => {
      expect(rejected(csv(HEADER, ['ANT,ANTIOQUIA,05001,MEDELLÍN,Municipio,"-75,5","6,2"']))[0]).toMatchObject({
        line: 2,
        message: expect.stringContaining('«ANT»'),
      });
    });

    it('a file cut in the middle of a row', () => {
      const whole = csv(HEADER, GOOD_ROWS);
      const problems = rejected(whole.slice(0, whole.indexOf('-77,27') + 3));
      expect(problems).toEqual([
        { line: 3, message: 'Unas comillas abiertas no se cierran: el archivo parece cortado.' },
      ]);
    });

    it('a file cut at a column boundary', () => {
      const problems = rejected(`${HEADER}\n${GOOD_ROWS[0]}\n27,CHOCÓ,27006`);
      expect(problems).toEqual([
        { line: 3, message: expect.stringContaining('La fila tiene 3 columnas y el encabezado 7') },
      ]);
    });

    it('a header without the municipality code', () => {
      expect(rejected('Departamento,Municipio\nCHOCÓ,QUIBDÓ\n')[0]!.message).toContain(
        '«Código Departamento», «Código Municipio»',
      );
    });

    it('a repeated code, naming the first line', () => {
      expect(rejected(csv(HEADER, [GOOD_ROWS[0]!, GOOD_ROWS[0]!]))).toEqual([
        { line: 3, message: 'El código 27001 está repetido (ya aparece en la línea 2).' },
      ]);
    });
  });

  describe('the real DANE file (../shared/data/divipola.csv)', () => {
    it('is present for this test', () => {
      expect(existsSync(realDivipola), `${realDivipola} is missing: the real-file import cannot be tested`).toBe(true);
    });

    it('loads 33 departments and 1,122 municipalities and areas into valid content, idempotently', () => {
      const content = contentCopy();
      const progress: number[] = [];
      const report = importDivipola({
        file: realDivipola,
        contentDir: content,
        onProgress: (done) => progress.push(done),
      });
      expect(report.problems).toEqual([]);
      expect(report.rows).toBe(1122);
      expect(progress.at(-1)).toBe(1122);
      expect(report.added.length + report.skipped.length).toBe(1122 + 33);
      expect(territoryFile(content, '05001')).toBe(
        'code: "05001"\nname: Medellín\nkind: municipio\ndepartment: "05"\n',
      );
      expect(territoryFile(content, '52001')).toContain('name: Pasto');
      expect(checkContent(root, content).problems).toEqual([]);
      const after = snapshot(content);
      const again = importDivipola({ file: realDivipola, contentDir: content });
      expect([again.added.length, again.updated.length, again.skipped.length]).toEqual([0, 0, 1155]);
      expect(snapshot(content)).toEqual(after);
    });
  });

  it('the command prints the report, and on a bad file the line and exit code 1', () => {
    const run = (file: string, content: string) => {
      try {
        return {
          code: 0,
          out: execFileSync(
            process.execPath,
            ['--import', 'tsx', join(root, 'scripts/import-divipola.ts'), file, content],
            { cwd: root, encoding: 'utf8', stdio: 'pipe' },
          ),
        };
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        return { code: e.status, out: e.stdout + e.stderr };
      }
    };
    const content = contentCopy();
    const good = run(writeCsv(csv(HEADER, GOOD_ROWS)), content);
    expect(good.code).toBe(0);
    expect(good.out).toContain('Añadidos: 4: 05148, 11001, 27006, 91460');
    expect(good.out).not.toContain('Leyendo filas');
    const bad = run(writeCsv(csv(HEADER, ['27,CHOCÓ,2700,X,Municipio,0,0'])), content);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('no se escribió nada');
    expect(bad.out).toMatch(/línea 2: El código de municipio 02700 no empieza/);
  });
});
