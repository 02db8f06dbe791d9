/** The markup gate's helper finds the faults the built site once had, and says where they are. */
import { describe, expect, it } from 'vitest';
import { formatMarkupProblems, validateMarkup } from '../../src/audit/html-validity.ts';

const page = (body: string) => `<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><title>Prueba</title></head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

describe('validateMarkup', () => {
  it('passes a valid page', () => {
    expect(validateMarkup('/bien/', page('<h1>Título</h1><p>Texto.</p>'))).toEqual([]);
  });

  it('names page, rule and line of a duplicate id', () => {
    const problems = validateMarkup('/mal/', page('<h1>Título</h1>\n<h2 id="a">Uno</h2>\n<h2 id="a">Dos</h2>'));
    expect(problems).toEqual([expect.objectContaining({ page: '/mal/', rule: 'no-dup-id', line: 8 })]);
    expect(formatMarkupProblems(problems)).toMatch(
      /^html-validate: 1 error\(s\) on 1 page\(s\)\n\/mal\/:8:\d+ \[no-dup-id\] /,
    );
  });

  it('finds each fault the issue listed', () => {
    const rules = (body: string) => validateMarkup('/x/', page(`<h1>T</h1>${body}`)).map((p) => p.rule);
    expect(rules('<div role="region" aria-label="Tabla">x</div>')).toContain('prefer-native-element');
    expect(rules('<form role="search" action=""><button type="submit">Buscar</button></form>')).toContain(
      'attribute-allowed-values',
    );
    expect(rules('<video autoplay controls></video>')).toContain('no-autoplay');
    expect(
      rules(
        '<figure><img src="a.svg" alt="" width="1" height="1"><figcaption>Pie</figcaption><details><summary>Más</summary></details></figure>',
      ),
    ).toContain('element-permitted-order');
    expect(rules('<section aria-label="Guía">a</section><section aria-label="Guía">b</section>')).toContain(
      'unique-landmark',
    );
  });

  it('prints nothing when there is nothing wrong', () => {
    expect(formatMarkupProblems([])).toBe('');
  });
});
