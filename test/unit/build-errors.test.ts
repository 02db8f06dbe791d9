/**
 * Build errors come from one catalogue (src/core/errors/): every entry is complete, its name is
 * permanent and unique, it speaks its audience's language, and no loose `throw new Error(` is
 * left in the code that builds the site, runs the CLIs or the CMS admin.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as catalogue from '../../src/core/errors/catalogue.ts';
import { BuildError, buildError, type BuildErrorData } from '../../src/core/errors/index.ts';
import { label } from '../../src/derive/labels.ts';

const root = join(import.meta.dirname, '../..');
const entries = Object.entries(catalogue) as [string, BuildErrorData][];

/** A text with sample parameters, as a thrown error would show it. */
const shown = (text: BuildErrorData['message']) =>
  typeof text === 'function'
    ? (text as (...p: string[]) => string)(...Array.from({ length: text.length }, (_, i) => `valor${i}`))
    : text;

/** Prose only: commands, code and quoted values («npm run cms», `use_graphql`) are not words of the sentence. */
const prose = (text: string) =>
  text
    .replace(/«[^»]*»/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\S*\/\S*/g, ' ')
    .replace(/\S+\.\S+/g, ' ');

const ENGLISH =
  /\b(the|is|are|was|has|have|does|cannot|can't|must|should|please|run|with|without|file|field|error|failed|missing|this|that|which|and|of|to|not)\b/i;

describe('the build-error catalogue', () => {
  it('describes each error completely', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const [exported, e] of entries) {
      expect(e.name, exported).toBe(exported);
      expect(e.name, exported).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(['editor', 'developer'], exported).toContain(e.audience);
      for (const text of [e.title, shown(e.message), shown(e.hint)])
        expect(text.trim().length, exported).toBeGreaterThan(5);
      expect(e.title, `${exported}: no «Error:» prefix`).not.toMatch(/^(error|fallo)\b/i);
    }
  });

  it('gives every error a name of its own', () => {
    const names = entries.map(([, e]) => e.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('speaks Spanish to editors, with no English left in title, message or hint', () => {
    const editors = entries.filter(([, e]) => e.audience === 'editor');
    expect(editors.length).toBeGreaterThan(0);
    for (const [exported, e] of editors) {
      for (const text of [e.title, shown(e.message), shown(e.hint)])
        expect(prose(text), `${exported}: «${text}»`).not.toMatch(ENGLISH);
    }
  });

  it('throws one class that carries name, title, message and hint, and prints all of them', () => {
    const error = buildError(catalogue.DanglingTermReference, 'themes', 'agua');
    expect(error).toBeInstanceOf(BuildError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DanglingTermReference');
    expect(error.message).toContain('«agua»');
    expect(error.message).toContain('themes');
    expect(String(error)).toBe(
      `DanglingTermReference: ${catalogue.DanglingTermReference.title}\n${error.message}\nQué hacer: ${error.hint}`,
    );
    expect(String(buildError(catalogue.InvalidBuildDate, 'mañana'))).toMatch(/\nHint: Set BUILD_DATE/);
    // What a CLI prints after its own «could not start…»: the message and what to do.
    expect(error.details).toBe(`${error.message}\nQué hacer: ${error.hint}`);
  });

  it("prints an editor's error without a trace of our code, and keeps a developer's", () => {
    expect(buildError(catalogue.DanglingTermReference, 'themes', 'agua').stack).not.toMatch(/\n\s+at /);
    expect(buildError(catalogue.UnknownSchemaField, 'practices', 'x').stack).toMatch(/\n\s+at /);
  });

  it('is what the code throws', () => {
    expect(() => label('practices', 'territorys' as 'territories')).toThrow(BuildError);
    expect(() => label('practices', 'territorys' as 'territories')).toThrow(
      /The schema of practices has no field `territorys`/,
    );
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|mjs|js|astro)$/.test(name) ? [path] : [];
  });
}

describe('thrown errors', () => {
  it('come from the catalogue: no loose `throw new Error(` in src/, scripts/ or cms/', () => {
    const loose = ['src', 'scripts', 'cms'].flatMap((dir) =>
      sourceFiles(join(root, dir)).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            /throw\s+new\s+Error\s*\(/.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [],
          ),
      ),
    );
    expect(
      loose,
      `Add an entry to src/core/errors/catalogue.ts and throw it with buildError(...) instead:\n${loose.join('\n')}`,
    ).toEqual([]);
  });

  it('use every entry of the catalogue: an entry nothing throws is dead text', () => {
    const code = ['src', 'scripts', 'cms']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => !file.includes(join('src', 'core', 'errors')))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    expect(entries.map(([name]) => name).filter((name) => !new RegExp(`buildError\\(${name}\\b`).test(code))).toEqual(
      [],
    );
  });
});
