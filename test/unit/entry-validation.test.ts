/**
 * One entry's verdict from its text (src/validation/entry.ts), the one the CMS gives before
 * saving: the offer of issue 15 (a personal e-mail and mobile, a channel that is no address, a
 * departmental scope with no territory, an end before the start) is refused on each field, with
 * exactly the problems `npm run check` reports for the same file in the tree.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contextFromPublished, validateEntryText } from '../../src/validation/entry.ts';
import { entryContextOf, publishedContext, validateWrite } from '../../src/validation/entry-context.ts';
import { loadContent } from '../../src/validation/load.ts';
import { checkContent } from '../../src/validation/validate.ts';

const root = join(import.meta.dirname, '../..');
const context = entryContextOf(root, loadContent(root).entries);
const FILE = 'content/offers/asesoria-en-rendicion-de-cuentas.mdx';

interface Fields {
  email: string;
  phone: string;
  channel: string;
  territories: string[];
  validFrom: string;
  validUntil: string;
}

/** A new offer as the CMS writes it (cms/format/preserve.ts writes new files with `yaml`'s stringify). */
function offer(f: Fields) {
  const territories = f.territories.length
    ? `  territories:\n${f.territories.map((t) => `    - "${t}"\n`).join('')}`
    : '';
  return `---
title: Asesoría en rendición de cuentas para municipios pequeños
summary: Acompañamiento paso a paso a las alcaldías en su estrategia anual de rendición de cuentas y en sus espacios de diálogo.
entity: funcion-publica
sector: funcion-publica
type: asistencia-tecnica
themes:
  - participacion-ciudadana
capacityLevels:
  - organizacional
phases:
  - rendicion-de-cuentas
valueGroups:
  - entidades-territoriales
modality: virtual
territorialFocus:
  scope: departamental
${territories}pnd:
  - actores-diferenciales
requirements:
  - Designar un equipo de rendición de cuentas.
howToRequest:
  steps: Escriba al buzón de la oferta indicando el municipio y la vigencia.
  channel: ${f.channel}
  email: ${f.email}
  phone: ${f.phone}
validFrom: ${f.validFrom}
validUntil: ${f.validUntil}
status: published
publishedAt: 2026-01-15
lastReviewed: 2026-02-01
---

El municipio recibe plantillas y una sesión de arranque.
`;
}

const invalid: Fields = {
  email: 'rendicion.cuentas@gmail.com',
  phone: '310 555 1234',
  channel: 'no es una url',
  territories: [],
  validFrom: '2026-03-01',
  validUntil: '2026-01-31',
};
const fixed: Fields = {
  email: 'participacion@funcionpublica.gov.co',
  phone: '601 739 5656',
  channel: 'https://www.funcionpublica.gov.co/web/participacion',
  territories: ['27'],
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
};

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** What `npm run check` says about `text` once it is written into a copy of the tree. */
function checkedInTree(text: string) {
  const temp = mkdtempSync(join(root, 'node_modules/.rt-entry-'));
  temps.push(temp);
  const content = join(temp, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  writeFileSync(join(content, 'offers/asesoria-en-rendicion-de-cuentas.mdx'), text);
  const file = join(temp, 'content/offers/asesoria-en-rendicion-de-cuentas.mdx').slice(root.length + 1);
  const problems = checkContent(root, content).problems.filter((p) => p.file === file);
  return { problems, file };
}

describe('the verdict on one entry', () => {
  const { problems } = validateEntryText('offers', FILE, offer(invalid), context);

  it('refuses the offer of issue 15 on each field concerned, in Spanish', () => {
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(byField['howToRequest.email']).toMatchObject({
      code: 'PersonalData',
      fieldLabel: 'Solicitud › Correo de la oferta',
      message: '«rendicion.cuentas@gmail.com» no es un correo de un dominio institucional.',
    });
    expect(byField['howToRequest.phone']).toMatchObject({
      code: 'PersonalData',
      fieldLabel: 'Solicitud › Línea de atención',
      message: '«310 555 1234» parece un número de celular personal.',
    });
    expect(byField['howToRequest.channel']).toMatchObject({
      code: 'InvalidField',
      fieldLabel: 'Solicitud › Canal de solicitud',
      message: 'Escriba una dirección web completa que empiece por https://',
    });
    expect(byField['territorialFocus.territories']).toMatchObject({
      code: 'InvalidField',
      message: 'Un alcance departamental nombra al menos un territorio.',
    });
    expect(byField['validUntil']).toMatchObject({
      code: 'InvalidField',
      fieldLabel: 'Vigente hasta',
      message: 'La fecha final es anterior a la fecha de inicio.',
    });
    expect(problems.map((p) => p.field).sort()).toEqual([
      'howToRequest.channel',
      'howToRequest.email',
      'howToRequest.phone',
      'territorialFocus.territories',
      'validUntil',
    ]);
    // Every problem names its line in the text, as the check does.
    for (const p of problems) expect(p.line, p.field).toBeGreaterThan(1);
  });

  it('is the verdict `npm run check` gives for the same file in the tree', () => {
    const { problems: checked, file } = checkedInTree(offer(invalid));
    const strip = (list: typeof problems) => list.map(({ file: _file, ...rest }) => rest);
    expect(checked.every((p) => p.file === file)).toBe(true);
    expect(strip(checked)).toEqual(strip([...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))));
  });

  it('accepts the same offer once its fields are fixed, as the check does', () => {
    expect(validateEntryText('offers', FILE, offer(fixed), context).problems).toEqual([]);
    expect(checkedInTree(offer(fixed)).problems).toEqual([]);
  });

  it('names entries that do not exist, served files that are missing and unsafe MDX', () => {
    const text = offer(fixed)
      .replace('entity: funcion-publica', 'entity: ministerio-inventado')
      .replace('El municipio recibe', '<script>alert(1)</script>\n\nEl municipio recibe')
      .replace('  - Designar un equipo de rendición de cuentas.', '  - /materiales/no-existe.pdf');
    const codes = validateEntryText('offers', FILE, text, context).problems.map((p) => `${p.code} ${p.field}`);
    expect(codes).toEqual(
      expect.arrayContaining(['DanglingReference entity', 'MissingServedFile requirements[0]', 'UnsafeMdx body']),
    );
  });

  it('reads a broken file as the check does', () => {
    expect(validateEntryText('offers', FILE, 'title: sin front matter\n', context).problems.map((p) => p.code)).toEqual(
      ['MissingFrontMatter'],
    );
    expect(
      validateEntryText('offers', FILE, '---\ntitle: [sin cerrar\n---\n', context).problems.map((p) => p.code),
    ).toContain('YamlSyntax');
  });
});

describe('the context published for the admin', () => {
  it('gives the browser the verdict the disk gives', () => {
    const published = JSON.parse(JSON.stringify(publishedContext(root)));
    const inBrowser = contextFromPublished(published);
    for (const fields of [invalid, fixed]) {
      expect(validateEntryText('offers', FILE, offer(fields), inBrowser).problems).toEqual(
        validateEntryText('offers', FILE, offer(fields), context).problems,
      );
    }
    expect(published.served.length).toBeGreaterThan(0);
    expect(published.served.every((p: string) => p.startsWith('/materiales/'))).toBe(true);
  });
});

describe('validateWrite, for a server that writes entries', () => {
  it('returns the problems of the text about to be written, and none for media', () => {
    const problems = validateWrite(
      root,
      join(root, 'content'),
      'offers/asesoria-en-rendicion-de-cuentas.mdx',
      offer(invalid),
    );
    expect(problems.map((p) => p.field).sort()).toEqual([
      'howToRequest.channel',
      'howToRequest.email',
      'howToRequest.phone',
      'territorialFocus.territories',
      'validUntil',
    ]);
    expect(
      validateWrite(root, join(root, 'content'), 'offers/asesoria-en-rendicion-de-cuentas.mdx', offer(fixed)),
    ).toEqual([]);
    expect(validateWrite(root, join(root, 'content'), 'media/foto.svg', '<svg/>')).toEqual([]);
    // As decap-server names the file: relative to the folder holding content/.
    expect(
      validateWrite(root, join(root, 'content'), 'content/offers/asesoria-en-rendicion-de-cuentas.mdx', offer(invalid)),
    ).toEqual(problems);
  });
});

describe('a territory written by a new file', () => {
  it('may be named by its own fields (the entry being written exists once written)', () => {
    const text = 'code: "99001"\nname: Nuevo\nkind: municipio\ndepartment: "99"\n';
    const problems = validateWrite(root, join(root, 'content'), 'taxonomies/territories/99001.yaml', text).map(
      (p) => p.code,
    );
    expect(problems).not.toContain('TerritoryFileName');
  });
});

describe('the editing server’s last say', () => {
  it('refuses a persistEntry whose entry the check rejects, naming the problems, and lets a valid one through', async () => {
    const { refuseInvalidEntries } = await import('../../scripts/cms-servers.ts');
    const content = join(root, 'content');
    const request = (text: string) => ({
      branch: 'main',
      dataFiles: [{ path: 'content/offers/asesoria-en-rendicion-de-cuentas.mdx', raw: text, slug: 'x' }],
      assets: [],
    });
    const refusal = refuseInvalidEntries(root, content, request(offer(invalid)));
    expect(refusal?.status).toBe(422);
    expect(refusal?.error).toContain('«rendicion.cuentas@gmail.com» no es un correo de un dominio institucional.');
    expect(refusal?.error).toContain('«310 555 1234» parece un número de celular personal.');
    expect(refuseInvalidEntries(root, content, request(offer(fixed)))).toBeUndefined();
  });

  it('counts an image uploaded in the same request as there, and refuses one that is nowhere', async () => {
    const { refuseInvalidEntries } = await import('../../scripts/cms-servers.ts');
    const { readFileSync } = await import('node:fs');
    const content = join(root, 'content');
    const path = 'content/practices/recaudo-predial-moniquira.mdx';
    const text = readFileSync(join(root, path), 'utf8').replace(
      /image: \.\.\/media\/[^\n]+/,
      'image: ../media/foto-nueva.svg',
    );
    const request = (assets: { path: string }[]) => ({
      branch: 'main',
      dataFiles: [{ path, raw: text, slug: 'x' }],
      assets,
    });
    expect(refuseInvalidEntries(root, content, request([{ path: 'content/media/foto-nueva.svg' }]))).toBeUndefined();
    expect(refuseInvalidEntries(root, content, request([]))?.error).toContain(
      'No se encuentra la imagen «../media/foto-nueva.svg»',
    );
  });
});
