import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/features/territory/import/csv.ts';
import { withProfileFields } from '../../src/features/territory/import/profile-file.ts';
import { importProfiles } from '../../src/features/territory/node.ts';
import { readProfiles } from '../../src/features/territory/import/profiles.ts';
import { PDET_SUBREGIONS, PROFILE_KEYS } from '../../src/schemas/territory-profile.ts';
import { checkContent } from '../../src/validation/validate.ts';

const root = join(import.meta.dirname, '../..');
const pdetFile = join(root, '../shared/data/pdet.csv');
const demoFile = join(root, 'scripts/demo-data/perfiles-demo.csv');
const territoriesOf = (content: string) => join(content, 'taxonomies/territories');

const HEADER = 'codigo_municipio,departamento,municipio,categoria,grupo_capacidades,anio_grupo,subregion_pdet';
const GOOD_ROWS = [
  '27099,CHOCÓ,BOJAYÁ,6,G5,2023,Chocó',
  '27001,CHOCÓ,QUIBDÓ,4,C,2023,',
  '52001,NARIÑO,PASTO,1,C,2023,',
];
const csv = (header: string, rows: string[]) => `${header}\n${rows.join('\n')}\n`;

const stripProfile = (text: string) =>
  text
    .split('\n')
    .filter((line) => !PROFILE_KEYS.some((k) => line.startsWith(`${k}:`)))
    .join('\n');

/**
 * A copy of the content tree in a temp dir, its territories without any profile (the demo
 * content has them), so an import has something to do. Imports never touch `content/`.
 */
function contentCopy(): string {
  const content = join(mkdtempSync(join(tmpdir(), 'profiles-')), 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const f of readdirSync(territoriesOf(content))) {
    const path = join(territoriesOf(content), f);
    writeFileSync(path, stripProfile(readFileSync(path, 'utf8')));
  }
  return content;
}
function writeCsv(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'profiles-csv-')), 'perfiles.csv');
  writeFileSync(file, text);
  return file;
}
const snapshot = (content: string) => {
  const dir = territoriesOf(content);
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
};
const fileOf = (content: string, code: string) => readFileSync(join(territoriesOf(content), `${code}.yaml`), 'utf8');
const setFile = (content: string, code: string, text: string) =>
  writeFileSync(join(territoriesOf(content), `${code}.yaml`), text);

describe('reading a profile CSV', () => {
  it('reads pdet.csv exactly as it is: 170 municipalities in the 16 subregions', () => {
    const read = readProfiles(parseCsv(readFileSync(pdetFile, 'utf8')));
    expect(read.problems).toEqual([]);
    expect(read.columns).toEqual(['pdetSubregion']);
    expect(read.profiles).toHaveLength(170);
    expect(new Set(read.profiles.map((p) => p.values.pdetSubregion))).toEqual(new Set(PDET_SUBREGIONS));
    expect(read.profiles[0]).toEqual({
      code: '05031',
      line: 2,
      values: { pdetSubregion: 'Bajo Cauca y Nordeste Antioqueño' },
    });
  });

  it('writes values in their official form whatever their case and accents', () => {
    const read = readProfiles(
      parseCsv(
        'Código Municipio;Categoría;Grupo capacidades;Año grupo;Subregión PDET\n27099;Sexta;g5;2023;SUR DE CORDOBA\n',
      ),
    );
    expect(read.problems).toEqual([]);
    expect(read.profiles[0]!.values).toEqual({
      category: '6',
      capacityGroup: 'G5',
      capacityGroupYear: 2023,
      pdetSubregion: 'Sur de Córdoba',
    });
  });

  it('leaves a field alone when its cell is empty', () => {
    const read = readProfiles(parseCsv(csv(HEADER, ['27001,CHOCÓ,QUIBDÓ,,,,'])));
    expect(read.problems).toEqual([]);
    expect(read.profiles[0]!.values).toEqual({});
  });

  describe('refuses, with the line', () => {
    const problems = (text: string) => readProfiles(parseCsv(text)).problems;

    it('a code that is not 5 digits, and one whose leading zero a spreadsheet dropped', () => {
      expect(problems(csv(HEADER, ['2709X,CHOCÓ,BOJAYÁ,6,G5,2023,Chocó', '5031,ANTIOQUIA,AMALFI,6,G4,2023,']))).toEqual(
        [
          {
            line: 2,
            message: 'El código de municipio «2709X» no es válido: son 5 dígitos con el cero inicial («05001»).',
          },
          { line: 3, message: expect.stringContaining('escriba «05031»') },
        ],
      );
    });

    it('a code of no department', () => {
      expect(problems(csv(HEADER, [GOOD_ROWS[0]!, '02001,X,Y,6,G5,2023,']))).toEqual([
        { line: 3, message: expect.stringContaining('El código 02001 no es de ningún departamento') },
      ]);
    });

    it('a repeated code, naming the first line', () => {
      expect(problems(csv(HEADER, [...GOOD_ROWS, GOOD_ROWS[1]!]))).toEqual([
        { line: 5, message: 'El código 27001 está repetido (ya aparece en la línea 3).' },
      ]);
    });

    it('unknown values, naming the column and the allowed values', () => {
      const found = problems(csv(HEADER, ['27099,CHOCÓ,BOJAYÁ,7,G6,1999,Chocó Norte']));
      expect(found.map((p) => p.line)).toEqual([2, 2, 2, 2]);
      expect(found.map((p) => p.message)).toEqual([
        expect.stringMatching(
          /^«subregion_pdet»: «Chocó Norte» no es una de las 16 subregiones PDET .*Use uno de: Alto Patía y Norte del Cauca, /,
        ),
        expect.stringMatching(
          /^«categoria»: «7» no es una categoría municipal de la Ley 617 de 2000\. Use uno de: especial, 1, 2, 3, 4, 5, 6\.$/,
        ),
        expect.stringMatching(/^«grupo_capacidades»: «G6» no es un grupo .* Use uno de: C, G1, G2, G3, G4, G5\.$/),
        '«anio_grupo»: «1999»: La Medición de Desempeño Municipal con esta metodología empieza en 2016.',
      ]);
    });

    it('a group without its year and a year without its group', () => {
      expect(problems(csv(HEADER, ['27099,CHOCÓ,BOJAYÁ,6,G5,,', '27001,CHOCÓ,QUIBDÓ,4,,2023,']))).toEqual([
        { line: 2, message: 'Falta el año «anio_grupo» del grupo de capacidades G5.' },
        { line: 3, message: 'El año 2023 no tiene grupo de capacidades en «grupo_capacidades».' },
      ]);
      expect(problems('codigo_municipio,grupo_capacidades\n27099,G5\n')[0]!.message).toContain('van juntas');
    });

    it('a file cut at a column boundary (its last line short)', () => {
      expect(problems(`${HEADER}\n${GOOD_ROWS[0]}\n27001,CHOCÓ,QUI`)).toEqual([
        { line: 3, message: 'La fila tiene 3 columnas y el encabezado 7: el archivo parece cortado o mal separado.' },
      ]);
    });

    it('a row with more columns than the header', () => {
      expect(problems(csv(HEADER, [`${GOOD_ROWS[0]},sobra`]))[0]).toMatchObject({
        line: 2,
        message: expect.stringContaining('8 columnas y el encabezado 7'),
      });
    });

    it('an unknown or repeated column, no code column, no profile column', () => {
      expect(problems('codigo_municipio,categoria_mun\n27099,6\n')).toEqual([
        { line: 1, message: expect.stringContaining('Columna desconocida «categoria_mun»') },
      ]);
      expect(problems('codigo_municipio,categoria,Categoría\n27099,6,6\n')[0]!.message).toBe(
        'La columna «categoria» aparece dos veces en el encabezado.',
      );
      expect(problems('municipio,categoria\nBOJAYÁ,6\n')[0]!.message).toContain('Falta la columna «codigo_municipio»');
      expect(problems('codigo_municipio,municipio\n27099,BOJAYÁ\n')[0]!.message).toContain(
        'ninguna columna del perfil',
      );
    });

    it('an empty file and a header without rows', () => {
      expect(problems('')).toEqual([{ line: 1, message: 'El archivo está vacío.' }]);
      expect(problems(`${HEADER}\n`)).toEqual([
        { line: 2, message: 'El archivo no tiene filas de datos después del encabezado.' },
      ]);
    });
  });
});

describe('adding profile fields to a territory file', () => {
  it('keeps comments, key order and quoting, appending the new keys as the portal writes them', () => {
    const text =
      '# Revisado por el equipo editorial\nname: Bojayá # nombre oficial\ncode: \'27099\'\nkind: municipio\ndepartment: "27"';
    expect(withProfileFields(text, { category: '6', capacityGroupYear: 2023 })).toBe(
      `${text}\ncategory: "6"\ncapacityGroupYear: 2023\n`,
    );
  });

  it('sets a key left empty in place instead of repeating it', () => {
    const out = withProfileFields('code: "27099"\ncategory:\nname: Bojayá\n', { category: '6' });
    expect(parse(out)).toEqual({ code: '27099', category: '6', name: 'Bojayá' });
    expect(out.indexOf('category')).toBeLessThan(out.indexOf('name'));
  });
});

describe('npm run import:profiles', () => {
  const run = (rows: string[], content: string, header = HEADER) =>
    importProfiles({ file: writeCsv(csv(header, rows)), contentDir: content });

  it('adds a profile to municipalities without one, leaving every other file as it was', () => {
    const content = contentCopy();
    const before = snapshot(content);
    const report = run(GOOD_ROWS, content);
    expect(report.problems).toEqual([]);
    expect(report.added).toEqual(['27099', '27001', '52001']);
    expect(report.updated).toEqual([]);
    expect(fileOf(content, '27099')).toBe(
      `${before['27099.yaml']}pdetSubregion: Chocó\ncategory: "6"\ncapacityGroup: G5\ncapacityGroupYear: 2023\n`,
    );
    expect(fileOf(content, '27001')).toBe(
      `${before['27001.yaml']}category: "4"\ncapacityGroup: C\ncapacityGroupYear: 2023\n`,
    );
    const changed = Object.keys(before).filter((f) => fileOf(content, f.replace('.yaml', '')) !== before[f]);
    expect(changed).toEqual(['27001.yaml', '27099.yaml', '52001.yaml']);
    expect(checkContent(root, content).problems).toEqual([]);
  }, 30_000);

  it('the same file twice changes nothing the second time', () => {
    const content = contentCopy();
    const file = writeCsv(csv(HEADER, GOOD_ROWS));
    importProfiles({ file, contentDir: content });
    const after = snapshot(content);
    const again = importProfiles({ file, contentDir: content });
    expect([again.added, again.updated, again.skipped]).toEqual([[], [], []]);
    expect(again.unchanged).toEqual(['27099', '27001', '52001']);
    expect(snapshot(content)).toEqual(after);
  });

  it('never overwrites an editor’s value: the field is skipped with the reason, the others are filled in', () => {
    const content = contentCopy();
    const bojaya =
      'code: "27099"\nname: Bojayá\nkind: municipio\ndepartment: "27"\ncategory: "5"\ncapacityGroup: G4\ncapacityGroupYear: 2024\n';
    setFile(content, '27099', bojaya);
    const report = run(GOOD_ROWS, content);
    expect(report.updated).toEqual(['27099']);
    expect(report.skipped).toEqual([
      {
        code: '27099',
        line: 2,
        why: 'kept',
        reason: 'Categoría municipal: el archivo dice «5» y el CSV «6»; se conserva el valor del editor',
      },
      {
        code: '27099',
        line: 2,
        why: 'kept',
        reason:
          'Grupo de capacidades iniciales (MDM) y Año del grupo de capacidades: el archivo dice «G4 de 2024» y el CSV «G5 de 2023»; se conserva el valor del editor',
      },
    ]);
    expect(fileOf(content, '27099')).toBe(`${bojaya}pdetSubregion: Chocó\n`);
  });

  it('a group whose year differs is kept whole, never mixed with the file’s year', () => {
    const content = contentCopy();
    const quibdo =
      'code: "27001"\nname: Quibdó\nkind: municipio\ndepartment: "27"\ncapacityGroup: C\ncapacityGroupYear: 2021\n';
    setFile(content, '27001', quibdo);
    const report = run([GOOD_ROWS[1]!], content);
    expect(report.skipped.map((s) => s.code)).toEqual(['27001']);
    expect(fileOf(content, '27001')).toBe(`${quibdo}category: "4"\n`);
  });

  it('skips codes the territories folder does not have, creating no territory', () => {
    const content = contentCopy();
    const before = Object.keys(snapshot(content));
    const report = run(['05031,ANTIOQUIA,AMALFI,6,G4,2023,Bajo Cauca y Nordeste Antioqueño', GOOD_ROWS[0]!], content);
    expect(report.problems).toEqual([]);
    expect(report.skipped).toEqual([
      {
        code: '05031',
        line: 2,
        why: 'absent',
        reason: expect.stringContaining('no está en content/taxonomies/territories'),
      },
    ]);
    expect(report.added).toEqual(['27099']);
    expect(Object.keys(snapshot(content))).toEqual(before);
  });

  describe('rejects the whole file, writing nothing', () => {
    const rejected = (text: string, prepare?: (content: string) => void) => {
      const content = contentCopy();
      prepare?.(content);
      const before = snapshot(content);
      const report = importProfiles({ file: writeCsv(text), contentDir: content });
      expect(snapshot(content)).toEqual(before);
      expect([report.added, report.updated]).toEqual([[], []]);
      return report.problems;
    };

    it('when one row of many is wrong', () => {
      expect(rejected(csv(HEADER, [...GOOD_ROWS, '52079,NARIÑO,BARBACOAS,6,G5,2023,Pacifico Sur']))).toEqual([
        {
          line: 5,
          message: expect.stringContaining('«subregion_pdet»: «Pacifico Sur» no es una de las 16 subregiones PDET'),
        },
      ]);
    });

    it('a file cut inside a quoted field', () => {
      expect(rejected(`${HEADER}\n${GOOD_ROWS[0]}\n27001,CHOCÓ,"QUIBD`)).toEqual([
        { line: 3, message: 'Unas comillas abiertas no se cierran: el archivo parece cortado.' },
      ]);
    });

    it('a code that names a department or a non-municipalised area', () => {
      expect(rejected(csv('codigo_municipio,categoria', ['27,6']))[0]!.message).toContain('son 5 dígitos');
      const problems = rejected(csv('codigo_municipio,categoria', ['91263,6']), (content) =>
        setFile(content, '91263', 'code: "91263"\nname: El Encanto\nkind: area-no-municipalizada\ndepartment: "91"\n'),
      );
      expect(problems).toEqual([
        {
          line: 2,
          message:
            '91263: el territorio es «area-no-municipalizada»: el perfil de capacidades iniciales es solo para municipios y distritos.',
        },
      ]);
    });

    it('a territory file that cannot be read', () => {
      const problems = rejected(csv(HEADER, GOOD_ROWS), (content) =>
        setFile(content, '52001', 'code: "52001\nname: [Pasto\n'),
      );
      expect(problems).toEqual([
        { line: 4, message: expect.stringContaining('52001: el archivo 52001.yaml no se puede leer') },
      ]);
    });
  });
});

describe('the check refuses a profile the schema does not allow', () => {
  it('names the file, the line and the field, in Spanish', () => {
    const content = contentCopy();
    setFile(
      content,
      '27099',
      'code: "27099"\nname: Bojayá\nkind: municipio\ndepartment: "27"\npdetSubregion: Chocó Norte\ncategory: 6\n',
    );
    setFile(content, '27425', `${fileOf(content, '27425')}capacityGroup: G4\n`);
    setFile(content, '27', `${fileOf(content, '27')}category: "1"\n`);
    const found = checkContent(root, content).problems.map((p) => [
      p.file.replace(/.*territories\//, ''),
      p.line,
      p.field,
      p.fieldLabel,
      p.message,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        [
          '27099.yaml',
          5,
          'pdetSubregion',
          'Subregión PDET',
          expect.stringContaining('«Chocó Norte» no es una de las 16 subregiones PDET'),
        ],
        [
          '27099.yaml',
          6,
          'category',
          'Categoría municipal',
          'Escriba la categoría municipal entre comillas, como texto: "6".',
        ],
        [
          '27425.yaml',
          1,
          'capacityGroupYear',
          'Año del grupo de capacidades',
          'Indique el año de la medición de la que sale el grupo de capacidades.',
        ],
        [
          '27.yaml',
          expect.any(Number),
          'category',
          'Categoría municipal',
          expect.stringContaining('solo para municipios'),
        ],
      ]),
    );
    expect(found).toHaveLength(4);
  }, 30_000);
});

describe('the demo content', () => {
  it('gives every municipality a category and a capacity group with its year, and PDET subregions exactly as pdet.csv says', () => {
    const pdet = new Map(
      readProfiles(parseCsv(readFileSync(pdetFile, 'utf8'))).profiles.map((p) => [p.code, p.values.pdetSubregion]),
    );
    const dir = territoriesOf(join(root, 'content'));
    const municipalities = readdirSync(dir)
      .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>)
      .filter((t) => t.kind === 'municipio');
    expect(municipalities.length).toBeGreaterThan(40);
    for (const t of municipalities) {
      expect([t.code, typeof t.category, typeof t.capacityGroup, typeof t.capacityGroupYear]).toEqual([
        t.code,
        'string',
        'string',
        'number',
      ]);
      expect([t.code, t.pdetSubregion]).toEqual([t.code, pdet.get(t.code as string)]);
    }
    expect(municipalities.filter((t) => t.pdetSubregion).length).toBe(17);
  });

  it('re-importing the PDET list and the demo file changes nothing', () => {
    const content = join(mkdtempSync(join(tmpdir(), 'profiles-demo-')), 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const before = snapshot(content);
    for (const file of [pdetFile, demoFile]) {
      const report = importProfiles({ file, contentDir: content });
      expect([report.problems, report.added, report.updated, report.skipped.filter((s) => s.why === 'kept')]).toEqual([
        [],
        [],
        [],
        [],
      ]);
    }
    expect(snapshot(content)).toEqual(before);
  });
});

describe('the command', () => {
  const run = (file: string, content: string) => {
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/import-profiles.ts'), file], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, CONTENT_DIR: content },
      });
      return { code: 0, out };
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: e.stdout + e.stderr };
    }
  };

  it('imports pdet.csv into CONTENT_DIR, changes nothing the second time, and refuses broken files with the line', () => {
    const content = contentCopy();
    const before = snapshot(content);
    const first = run(pdetFile, content);
    expect(first.code).toBe(0);
    expect(first.out).toContain('170 filas leídas');
    expect(first.out).toMatch(/Añadidos: 17: 18753, 20001, 20013, 27099, /);
    expect(first.out).toContain('153 códigos no están en los territorios del portal');
    const after = snapshot(content);
    const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
    expect(changed).toEqual(
      [
        '18753',
        '20001',
        '20013',
        '27099',
        '27425',
        '52079',
        '52250',
        '52473',
        '52490',
        '52520',
        '52835',
        '73067',
        '73168',
        '73555',
        '73616',
        '86001',
        '86885',
      ].map((c) => `${c}.yaml`),
    );
    expect(after['73168.yaml']).toBe(`${before['73168.yaml']}pdetSubregion: Sur del Tolima\n`);

    const second = run(pdetFile, content);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(
      /Añadidos: 0\n\s+Actualizados \(campos que faltaban\): 0\n\s+Sin cambios \(ya tenían esos valores\): 17\n/,
    );
    expect(snapshot(content)).toEqual(after);

    const pdet = readFileSync(pdetFile, 'utf8');
    const lines = pdet.trimEnd().split('\n');
    const broken: [string, string, RegExp][] = [
      [
        'truncated',
        pdet.slice(0, pdet.lastIndexOf(',')),
        new RegExp(`línea ${lines.length}: La fila tiene 3 columnas y el encabezado 4`),
      ],
      ['bad code', pdet.replace('05031,', '5031X,'), /línea 2: El código de municipio «5031X» no es válido/],
      [
        'unknown subregion',
        pdet.replace('Sur del Tolima', 'Sur del Huila'),
        /línea \d+: «subregion_pdet»: «Sur del Huila» no es una de las 16 subregiones PDET/,
      ],
      [
        'repeated row',
        `${pdet}${lines[1]}\n`,
        new RegExp(`línea ${lines.length + 1}: El código 05031 está repetido \\(ya aparece en la línea 2\\)`),
      ],
    ];
    const stripped = contentCopy();
    for (const [what, text, message] of broken) {
      const result = run(writeCsv(text), stripped);
      expect(result.code, what).toBe(1);
      expect(result.out, what).toContain('no se escribió nada');
      expect(result.out, what).toMatch(message);
    }
    expect(snapshot(stripped)).toEqual(before);
  }, 60_000);
});
