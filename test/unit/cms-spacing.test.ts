/**
 * Decap's rich-text editor writes a body back with its own spacing (loose lists come back
 * tight). The MDX format puts the author's blank lines back around everything the editor did
 * not change; these cases come from what Decap wrote in the browser test of cms.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mdxPreserving, splitMdx } from '../../cms/format/preserve.ts';
import { restoreSpacing } from '../../cms/format/spacing.ts';

const file = readFileSync(
  join(import.meta.dirname, '../../content/practices/rendicion-de-cuentas-itinerante-quibdo.mdx'),
  'utf8',
);
const body = splitMdx(file).body;

/** What Decap's serialiser does to that body: list items packed together, no final newline. */
function asDecapWrites(text: string) {
  const lines = text.split('\n');
  const item = (line: string | undefined) => /^\d+\. /.test(line ?? '');
  return lines
    .filter((line, i) => !(line === '' && item(lines[i - 1]) && item(lines[i + 1])))
    .join('\n')
    .trimEnd();
}

describe("restoring the author's blank lines after a rich-text edit", () => {
  const firstStep = body.split('\n').find((l) => l.startsWith('1. '))!;
  const edited = body.replace(firstStep, `${firstStep} Añadido.`);

  it('the simulated editor output really loses blank lines', () => {
    expect(asDecapWrites(edited).split('\n').length).toBeLessThan(edited.split('\n').length - 3);
  });

  it('gives back the original spacing, so only the edited line changes', () => {
    expect(restoreSpacing(body, asDecapWrites(edited))).toBe(edited);
  });

  it('saves the whole file with only that line changed', () => {
    const data = mdxPreserving.fromFile(file);
    const saved = mdxPreserving.toFile({ ...data, body: asDecapWrites(edited) });
    expect(saved).toBe(file.replace(firstStep, `${firstStep} Añadido.`));
  });

  it('keeps an unchanged body byte for byte', () => {
    expect(restoreSpacing(body, body)).toBe(body);
    expect(restoreSpacing(body, asDecapWrites(body))).toBe(body);
  });

  it('keeps the editor spacing for lines the editor added, split or merged', () => {
    const original = 'Uno.\n\nDos.\n\nTres.\n';
    // A new paragraph between two old ones: old neighbours keep their gap, the new line its own.
    expect(restoreSpacing(original, 'Uno.\n\nNuevo.\n\nDos.\n\nTres.')).toBe('Uno.\n\nNuevo.\n\nDos.\n\nTres.\n');
    // Two paragraphs merged into one line: nothing to restore between them.
    expect(restoreSpacing(original, 'Uno. Dos.\n\nTres.')).toBe('Uno. Dos.\n\nTres.\n');
    // A line removed: the lines around it are no longer neighbours in the original.
    expect(restoreSpacing(original, 'Uno.\nTres.')).toBe('Uno.\nTres.\n');
  });

  it('restores the blank line after a component block and between list items', () => {
    const original = '1. Uno\n\n2. Dos\n\n<Cifra valor="6" etiqueta="x" />\n\n3. Tres\n\n4. Cuatro\n';
    const decap = '1. Uno\n2. Dos\n\n<Cifra valor="6" etiqueta="x" />\n\n3. Tres editado\n4. Cuatro';
    expect(restoreSpacing(original, decap)).toBe(
      '1. Uno\n\n2. Dos\n\n<Cifra valor="6" etiqueta="x" />\n\n3. Tres editado\n\n4. Cuatro\n',
    );
  });
});
