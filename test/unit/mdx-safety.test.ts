/**
 * MDX bodies are untrusted: each way of smuggling code into a page is fed to the content
 * check, which must reject it naming the file and the line.
 */
import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../src/mdx/safety.ts';
import { checkContent } from '../../src/validation/validate.ts';
import { baseTree, writeTree } from '../helpers/fixture-tree.ts';

const PRACTICE = 'practices/rendicion-itinerante.mdx';

/** Writes the base tree with `body` as the practice's body and returns the MDX problems. */
function problemsFor(body: string) {
  const tree = baseTree();
  tree[PRACTICE]!.body = body;
  const root = writeTree(tree);
  return checkContent(root).problems.filter((p) => p.code === 'UnsafeMdx');
}

/** The line of the practice file where the body starts (after the front matter). */
function bodyStart() {
  const tree = baseTree();
  tree[PRACTICE]!.body = 'MARK\n';
  const root = writeTree(tree);
  const entries = checkContent(root).entries;
  return entries.find((e) => e.file.endsWith(PRACTICE))!.bodyLine;
}

const cases: [string, string, RegExp][] = [
  ['an import', 'Texto.\n\nimport x from "./x.js"\n', /import y export/],
  ['an export', 'Texto.\n\nexport const a = 1\n', /import y export/],
  ['a flow expression', 'Texto.\n\n{alert(1)}\n', /llaves/],
  ['a text expression', 'Texto.\n\nHola {globalThis.fetch("/x")} mundo.\n', /llaves/],
  ['an expression attribute', 'Texto.\n\n<Cifra valor={1 + 1} etiqueta="suma" />\n', /expresión entre llaves/],
  ['a spread attribute', 'Texto.\n\n<Cifra {...props} />\n', /atributos calculados/],
  ['a script element', 'Texto.\n\n<script>alert(1)</script>\n', /<script>/],
  ['an iframe', 'Texto.\n\n<iframe src="https://example.org"></iframe>\n', /<iframe>/],
  ['a style element', 'Texto.\n\n<style>body{}</style>\n', /<style>/],
  ['a component not in the allowlist', 'Texto.\n\n<Carrusel fotos="a" />\n', /<Carrusel> no está permitido/],
  ['a lowercase HTML element', 'Texto.\n\n<div>hola</div>\n', /<div> no está permitido/],
  ['an event handler on an allowed component', 'Texto.\n\n<Recuadro onClick="alert(1)">x</Recuadro>\n', /onClick/],
  ['an event handler on an HTML element', 'Texto.\n\n<img src="a.png" onerror="alert(1)" />\n', /onerror/],
  ['a javascript: link', 'Texto.\n\n[clic](javascript:alert(1))\n', /ejecutaría código/],
  ['a javascript: link hidden by case and spaces', 'Texto.\n\n[clic]( JaVaScRiPt:alert(1))\n', /ejecutaría código/],
  ['a javascript: image', 'Texto.\n\n![foto](javascript:alert(1))\n', /ejecutaría código/],
  ['a javascript: reference definition', 'Texto.\n\n[clic][x]\n\n[x]: javascript:alert(1)\n', /ejecutaría código/],
  [
    'a javascript: attribute',
    'Texto.\n\n<Cifra valor="1" etiqueta="uno" fuente="javascript:alert(1)" />\n',
    /javascript:/,
  ],
  ['a prop of the wrong value', 'Texto.\n\n<Recuadro tipo="peligro">x</Recuadro>\n', /tipo/],
  ['an unknown prop', 'Texto.\n\n<Cifra valor="1" etiqueta="uno" color="rojo" />\n', /no reconocido: color/],
  ['a missing required prop', 'Texto.\n\n<Cifra valor="1" />\n', /etiqueta/],
];

describe('safe MDX: the content check rejects', () => {
  const start = bodyStart();

  it.each(cases)('%s, with file and line', (_name, body, reason) => {
    const found = problemsFor(body);
    expect(found.length).toBeGreaterThan(0);
    const [first] = found;
    expect(first!.file).toMatch(/practices\/rendicion-itinerante\.mdx$/);
    // Every malicious snippet sits on the last line of its body.
    const expectedLine = start + body.trimEnd().split('\n').length - 1;
    expect(found.some((p) => p.line === expectedLine && reason.test(p.message))).toBe(true);
  });
});

describe('safe MDX: what editors may write', () => {
  it('accepts Markdown and the allowlisted components with valid props', () => {
    const body = [
      '## Un título',
      '',
      'Texto con [un enlace](https://www.dnp.gov.co) y **negrilla**; una llave escapada \\{ no es código.',
      '',
      '<Recuadro tipo="clave" titulo="Para recordar">',
      'Las preguntas se recogen **antes** de la audiencia.',
      '</Recuadro>',
      '',
      '<Cifra valor="310" etiqueta="personas asistieron en zona rural" fuente="Acta de la audiencia" />',
      '',
    ].join('\n');
    expect(checkMdxBody(body)).toEqual([]);
    expect(problemsFor(body)).toEqual([]);
  });

  it('reports a body MDX cannot parse as one problem with its line', () => {
    const problems = checkMdxBody('Uno.\n\nDos <Recuadro\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/no es MDX válido/);
  });

  it('tells the editor when a standalone component wraps content', () => {
    expect(checkMdxBody('<Cifra valor="1" etiqueta="uno">dentro</Cifra>\n')[0]!.reason).toMatch(/no lleva contenido/);
  });
});
