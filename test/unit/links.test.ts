import { describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../src/audit/built-site.ts';
import { checkLinks, formatLinkProblems } from '../../src/audit/links.ts';
import { page, writeSite, type SiteFiles } from '../helpers/fixture-site.ts';

const site = new URL('https://red-territorial.example.org');
const valid: SiteFiles = {
  'index.html': page({
    body: `<h1 id="inicio">Inicio</h1>
      <a href="/practicas/">Prácticas</a> <a href="practicas/uno/#resultados">Resultados</a>
      <a href="/datos/practicas.csv">CSV</a> <a href="#inicio">Arriba</a> <a href="#top">Arriba</a>
      <a href="https://www.dnp.gov.co/no-se-revisa">DNP</a> <a href="https://red-territorial.example.org/practicas/uno/">Absoluto</a>
      <a href="mailto:planeacion@quibdo-choco.gov.co">Correo</a> <a href="tel:+576046712345">Teléfono</a>
      <a href="/practicas/uno/?vista=imprimir#res%C3%BAmenes">Con consulta</a>`,
  }),
  'practicas/index.html': page({ body: '<a href="../">Inicio</a> <a href="uno">Uno</a>' }),
  'practicas/uno/index.html': page({ body: '<h2 id="resultados">Resultados</h2><h2 id="resúmenes">Resúmenes</h2>' }),
  'datos/practicas.csv': 'a,b\n',
};
const problemsIn = (files: SiteFiles) => {
  const dist = writeSite(files);
  return checkLinks(dist, readBuiltSite(dist), site);
};

describe('the internal link check', () => {
  it('accepts pages whose links, anchors and files all exist', () => {
    expect(problemsIn(valid)).toEqual([]);
  });

  it('reports a link to a page that does not exist, naming the page and the link', () => {
    const problems = problemsIn({
      ...valid,
      'practicas/index.html': page({ body: '<a href="/practicas/dos/">Dos</a>' }),
    });
    expect(problems).toEqual([
      { page: '/practicas/', href: '/practicas/dos/', message: expect.stringContaining('no existe') },
    ]);
    expect(formatLinkProblems(problems)).toContain('/practicas/ → /practicas/dos/');
  });

  it('reports an anchor that no element carries, on another page and on the same page', () => {
    const problems = problemsIn({
      ...valid,
      'practicas/index.html': page({ body: '<a href="/practicas/uno/#riesgos">Riesgos</a> <a href="#nada">Nada</a>' }),
    });
    expect(problems.map((p) => [p.page, p.href])).toEqual([
      ['/practicas/', '/practicas/uno/#riesgos'],
      ['/practicas/', '#nada'],
    ]);
    expect(problems[0]!.message).toContain('«riesgos»');
  });

  it('treats absolute links to the site itself as internal', () => {
    expect(
      problemsIn({
        ...valid,
        'practicas/index.html': page({ body: '<a href="https://red-territorial.example.org/nada/">x</a>' }),
      }),
    ).toHaveLength(1);
  });

  it('checks the shape of mailto: and tel: links, and refuses javascript: links', () => {
    const problems = problemsIn({
      ...valid,
      'practicas/index.html': page({
        body: '<a href="mailto:planeacion@">a</a> <a href="tel:llamar">b</a> <a href="javascript:void(0)">c</a> <a href="tel:604 671 2345">d</a> <a href="tel:+576046712345;ext=120">e</a> <a href="tel:+576046712345;ext=">f</a>',
      }),
    });
    // An extension (RFC 3966 «;ext=») is part of a valid number; an empty one is not.
    expect(problems.map((p) => p.href)).toEqual([
      'mailto:planeacion@',
      'tel:llamar',
      'javascript:void(0)',
      'tel:+576046712345;ext=',
    ]);
  });
});
