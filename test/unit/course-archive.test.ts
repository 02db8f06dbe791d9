/** «Descargar todo»: the course's ZIP holds each served material once, byte for byte, and opens elsewhere. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { courseArchive, courseMaterials } from '../../src/features/training/course-archive.ts';
import { zipArchive } from '../../src/features/training/zip-archive.ts';
import { readZip } from '../helpers/zip.ts';

const day = new Date('2026-10-30T00:00:00Z');
const text = (s: string) => new TextEncoder().encode(s);
const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('zipArchive', () => {
  const entries = [
    { name: 'curso/guía.txt', data: text('Rendir cuentas es informar, dialogar y responder. '.repeat(40)) },
    { name: 'curso/ya-comprimido.bin', data: new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 7919) % 251)) },
    { name: 'curso/vacío.txt', data: new Uint8Array() },
  ];

  it('reads back byte for byte, names in UTF-8, text deflated', () => {
    const zip = zipArchive(entries, day);
    const read = readZip(zip);
    expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name));
    read.forEach((e, i) => expect(new Uint8Array(e.data)).toEqual(entries[i]!.data));
    expect(zip.length).toBeLessThan(entries[0]!.data.length);
  });

  it('gives the same bytes for the same input (reproducible builds)', () => {
    expect(zipArchive(entries, day)).toEqual(zipArchive(entries, day));
  });

  it('refuses two entries with one name', () => {
    expect(() => zipArchive([entries[0]!, entries[0]!], day)).toThrow(/dos archivos llamados «curso\/guía\.txt»/);
  });

  it.skipIf(!hasUnzip)("passes Info-ZIP's own test (unzip -t)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      writeFileSync(join(dir, 'a.zip'), zipArchive(entries, day));
      expect(execFileSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('courseArchive', () => {
  const publicDir = mkdtempSync(join(tmpdir(), 'public-'));
  mkdirSync(join(publicDir, 'materiales'));
  writeFileSync(join(publicDir, 'materiales', 'guia.pdf'), '%PDF-1.4 guía');
  writeFileSync(join(publicDir, 'materiales', 'matriz.xlsx'), 'PK matriz');
  afterAll(() => rmSync(publicDir, { recursive: true, force: true }));
  const m = (href: string) => ({ title: href, href, format: 'pdf' as const });

  it("takes the course's materials, then its modules', each once", () => {
    const list = courseMaterials({ data: { materials: [m('/materiales/guia.pdf')] } }, [
      { data: { materials: [m('/materiales/matriz.xlsx'), m('/materiales/guia.pdf')] } },
      { data: { materials: [m('https://www.dnp.gov.co/x.pdf')] } },
    ]);
    expect(list.map((x) => x.href)).toEqual([
      '/materiales/guia.pdf',
      '/materiales/matriz.xlsx',
      'https://www.dnp.gov.co/x.pdf',
    ]);
  });

  it("archives the served files under the course's folder and leaves external or missing ones out", () => {
    const archive = courseArchive(
      'curso',
      [
        m('/materiales/guia.pdf'),
        m('https://www.dnp.gov.co/x.pdf'),
        m('/materiales/no-existe.pdf'),
        m('/materiales/matriz.xlsx'),
      ],
      day,
      publicDir,
    );
    expect(archive?.files).toEqual(['curso/guia.pdf', 'curso/matriz.xlsx']);
    expect(readZip(archive!.bytes).map((e) => e.data.toString())).toEqual(['%PDF-1.4 guía', 'PK matriz']);
  });

  it('makes no archive of a single file (it is its own download)', () => {
    expect(
      courseArchive('curso', [m('/materiales/guia.pdf'), m('https://www.dnp.gov.co/x.pdf')], day, publicDir),
    ).toBeUndefined();
  });
});
