/** The CMS formats keep a file byte-for-byte when nothing changed, and edit only what changed. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGINAL, mdxPreserving, yamlPreserving } from '../../cms/format/preserve.ts';

const content = join(import.meta.dirname, '../../content');

const OFFER = `---
title: "Acompañamiento a la rendición de cuentas"
summary: Un resumen que es bastante largo, con comas, y acentos.
# A comment editors left
themes: [participacion-ciudadana, transparencia-e-integridad]
phases:
  - rendicion-de-cuentas
howToRequest:
  steps: >-
    Escriba al correo.
  channel: https://www.funcionpublica.gov.co
publishedAt: 2025-05-01
status: published
---
Texto del cuerpo con <Recuadro tipo="clave">dentro</Recuadro>.
`;

describe('mdx-preserving format', () => {
  it('returns every real content file unchanged when nothing changed', () => {
    for (const folder of ['practices', 'offers', 'lessons', 'modules', 'courses', 'agendas', 'plans']) {
      for (const name of readdirSync(join(content, folder))) {
        const text = readFileSync(join(content, folder, name), 'utf8');
        expect(mdxPreserving.toFile(mdxPreserving.fromFile(text)), `${folder}/${name}`).toBe(text);
      }
    }
  });

  it('changes only the title line of every real entry when only the title changes', () => {
    for (const folder of ['practices', 'offers', 'modules']) {
      for (const name of readdirSync(join(content, folder))) {
        const text = readFileSync(join(content, folder, name), 'utf8');
        const data = mdxPreserving.fromFile(text);
        const saved = mdxPreserving.toFile({ ...data, title: 'Otro título' });
        const changed = saved.split('\n').filter((line, i) => line !== text.split('\n')[i]);
        expect(changed, `${folder}/${name}`).toEqual(['title: Otro título']);
      }
    }
  });

  it('adds a field after the last one, and keeps flow lists in flow style', () => {
    const data = mdxPreserving.fromFile(OFFER);
    const saved = mdxPreserving.toFile({ ...data, themes: ['educacion'], validUntil: '2026-12-31' });
    expect(saved).toBe(
      OFFER.replace('themes: [participacion-ciudadana, transparencia-e-integridad]', 'themes: [educacion]').replace(
        'status: published\n',
        'status: published\nvalidUntil: 2026-12-31\n',
      ),
    );
  });

  it('changes only the edited field', () => {
    const data = mdxPreserving.fromFile(OFFER);
    const saved = mdxPreserving.toFile({ ...data, status: 'draft' });
    expect(saved).toBe(OFFER.replace('status: published', 'status: draft'));
  });

  it('edits inside nested objects and lists without touching their neighbours', () => {
    const data = mdxPreserving.fromFile(OFFER) as Record<string, unknown>;
    const howToRequest = { ...(data.howToRequest as object), channel: 'https://www.dnp.gov.co' };
    const saved = mdxPreserving.toFile({ ...data, howToRequest, phases: ['planeacion'] });
    expect(saved).toBe(
      OFFER.replace('https://www.funcionpublica.gov.co', 'https://www.dnp.gov.co').replace(
        '  - rendicion-de-cuentas',
        '  - planeacion',
      ),
    );
  });

  it('treats fields a form leaves empty as absent, and removes a cleared field', () => {
    const data = mdxPreserving.fromFile(OFFER);
    expect(mdxPreserving.toFile({ ...data, validUntil: '', agendas: [], costCop: null })).toBe(OFFER);
    const cleared = mdxPreserving.toFile({ ...data, summary: '' });
    expect(cleared).toBe(OFFER.replace('summary: Un resumen que es bastante largo, con comas, y acentos.\n', ''));
  });

  it('keeps the body exactly as the editor left it', () => {
    const data = mdxPreserving.fromFile(OFFER);
    expect(mdxPreserving.toFile({ ...data, body: 'Nuevo cuerpo.\n' })).toBe(
      OFFER.replace(/---\nTexto[\s\S]*$/, '---\nNuevo cuerpo.\n'),
    );
  });

  it('writes a new entry as clean YAML front matter without empty fields', () => {
    const text = mdxPreserving.toFile({
      title: 'Nueva práctica',
      territories: ['27001'],
      endedOn: '',
      media: [],
      body: 'Cuerpo',
    });
    expect(text).toBe('---\ntitle: Nueva práctica\nterritories:\n  - "27001"\n---\nCuerpo\n');
    expect(mdxPreserving.fromFile(text)).toMatchObject({
      title: 'Nueva práctica',
      territories: ['27001'],
      body: 'Cuerpo\n',
      [ORIGINAL]: text,
    });
  });
});

describe('yaml-preserving format', () => {
  it('returns every taxonomy file unchanged when nothing changed', () => {
    for (const folder of readdirSync(join(content, 'taxonomies'))) {
      for (const name of readdirSync(join(content, 'taxonomies', folder))) {
        const text = readFileSync(join(content, 'taxonomies', folder, name), 'utf8');
        expect(yamlPreserving.toFile(yamlPreserving.fromFile(text))).toBe(text);
      }
    }
  });

  it('keeps a territory code a string with its leading zero', () => {
    const text = "code: '05'\nname: Antioquia\nkind: departamento\nregion: eje-cafetero-antioquia\n";
    const data = yamlPreserving.fromFile(text);
    expect(yamlPreserving.toFile({ ...data, name: 'Antioquia (departamento)' })).toBe(
      text.replace('name: Antioquia', 'name: Antioquia (departamento)'),
    );
  });
});
