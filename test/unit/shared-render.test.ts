/**
 * The markup of practice, lesson, offer, course, module and agenda pages is drawn by one set of functions
 * (src/render) that the Astro pages and the CMS preview both call. These tests run them on a
 * fixture entry the way each side does and check what a reader or an editor would see.
 */
import { describe, expect, it } from 'vitest';
import { previewHtml } from '../../cms/preview.ts';
import { previewSetup } from '../../cms/settings.ts';
import { label } from '../../src/derive/labels.ts';
import { mdxAllowlist } from '../../src/mdx/allowlist.ts';
import { bodyNodes } from '../../src/render/body.ts';
import { type RenderContext, wordsFromTable } from '../../src/render/context.ts';
import type { EntryDraft } from '../../src/render/entry-draft.ts';
import { fillSlots, h, html, slot, splitSlots } from '../../src/render/html.ts';
import { siteWords } from '../../src/derive/site-words.ts';
import { termLookup, termNames } from '../../src/render/term-names.ts';
import { agendaView, courseView, lessonView, moduleView, offerView, practiceView } from '../../src/render/views.ts';

const names = termNames({
  territories: [
    { id: '27001', name: 'Quibdó', href: '/territorio/27001-quibdo/' },
    { id: '27', name: 'Chocó', href: '/territorio/27-choco/' },
  ],
  themes: [{ id: 'participacion-ciudadana', name: 'Participación ciudadana', href: '/temas/participacion-ciudadana/' }],
  phases: [{ id: 'rendicion-de-cuentas', name: 'Rendición de cuentas', href: '/ciclo/rendicion-de-cuentas/' }],
  entities: [{ id: 'funcion-publica', name: 'Función Pública' }],
  sectors: [{ id: 'funcion-publica', name: 'Sector Función Pública' }],
  courses: [{ id: 'curso', name: 'Curso de rendición de cuentas' }],
  valueGroups: [{ id: 'servidores-publicos', name: 'Servidores públicos', href: '/grupos/servidores-publicos/' }],
  pnd: [{ id: 'convergencia-regional', name: 'Convergencia regional' }],
});
const allowed = new Set(Object.keys(mdxAllowlist));
/** The site's context: words read from the schemas directly. */
const site: RenderContext = { words: siteWords, term: termLookup(names) };
/** The preview's context: the same words as the data table the admin page embeds. */
const preview: RenderContext = { words: wordsFromTable(previewSetup().words), term: termLookup(names) };

const body = `Primer párrafo con **negrita**.

<Recuadro tipo="clave" titulo="Lo que hizo la diferencia">
Las preguntas llegaron **antes** de la jornada.

- una lista
</Recuadro>

<Cifra valor="6" etiqueta="jornadas zonales" fuente="Informe 2024" />
`;

/** A course and an agenda as the CMS form holds them. */
const course: EntryDraft<'courses'> = {
  title: 'Formación de formadores',
  summary: 'Curso corto.',
  audience: 'Enlaces municipales',
  audienceGroups: ['servidores-publicos'],
  durationHours: 12,
  level: 'intermedio',
  entity: 'funcion-publica',
  themes: ['participacion-ciudadana'],
  objectives: ['Preparar una jornada', 'Responder <preguntas>'],
  prerequisites: [],
  materials: [{ title: 'Guía', href: '/materiales/guia.pdf', format: 'pdf' }],
  publishedAt: '2026-02-01',
};
const agenda: EntryDraft<'agendas'> = {
  title: 'Agenda subregional',
  summary: 'Compromisos del Atrato.',
  scope: 'subregional',
  territories: ['27001'],
  pnd: ['convergencia-regional'],
  signedOn: '2025-03-10',
  commitments: [
    {
      description: 'Asistencia técnica en rendición de cuentas',
      responsible: 'funcion-publica',
      due: '2026-06-30',
      status: 'en-curso',
    },
    { description: 'Compromiso a medio escribir' },
  ],
};

/** A practice as the CMS form holds it: ids as strings, days as ISO strings. */
const practice: EntryDraft<'practices'> & { body: string } = {
  title: 'Rendición <script>alert(1)</script> itinerante',
  summary: 'Resumen con <b>etiquetas</b> & ampersand.',
  territories: ['27001'],
  themes: ['participacion-ciudadana'],
  phases: ['rendicion-de-cuentas'],
  context: 'Primer párrafo.\n\nSegundo <img src=x onerror=alert(1)>.',
  problem: 'Problema.',
  maturity: 'buena-practica',
  validation: { status: 'validada', reviewedBy: 'funcion-publica', reviewedOn: '2025-08-22' },
  results: [{ indicator: 'Personas', unit: 'personas', baseline: 9, achieved: 684, measuredOn: '2024-12-13' }],
  resources: 'Recursos.',
  costCop: 48500000,
  whatDidNotWork: 'Nada.',
  risks: ['Lluvias'],
  replicability: 'Sirve.',
  contact: { office: 'Secretaría de Planeación', email: 'planeacion@quibdo-choco.gov.co' },
  publishedAt: '2025-09-15',
  body,
};

describe('shared render functions', () => {
  it('draw territory, theme, phase and entity names, not ids', () => {
    const out = html(practiceView(site, practice));
    expect(out).toContain('<a href="/territorio/27001-quibdo/">Quibdó</a>');
    expect(out).toContain('>Participación ciudadana</a>');
    expect(out).toContain('>Rendición de cuentas</a>');
    expect(out).toContain('Función Pública');
    expect(out).not.toContain('27001<');
    expect(out).not.toContain('participacion-ciudadana<');
  });

  it('use the schema labels and option words', () => {
    const out = html(practiceView(site, practice));
    expect(out).toContain(`<dt data-pagefind-ignore="">${label('practices', 'territories')}</dt>`);
    expect(out).toContain(`<h2 data-pagefind-ignore="">${label('practices', 'whatDidNotWork')}</h2>`);
    expect(out).toContain(siteWords.option('practices', 'maturity', 'buena-practica'));
    expect(siteWords.option('practices', 'maturity', 'buena-practica')).not.toBe('buena-practica');
  });

  it('escape whatever an editor types in text fields', () => {
    const out = html(practiceView(site, practice));
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>');
    expect(out).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(out).toContain('&#x26; ampersand');
  });

  it('draw the same markup for the site and the preview', () => {
    const views = [
      (c: RenderContext) => practiceView(c, practice),
      (c: RenderContext) => lessonView(c, { title: 'L', origin: 'acierto', territories: ['27001'] }, true),
      (c: RenderContext) =>
        offerView(c, {
          title: 'O',
          type: 'asistencia-tecnica',
          entity: 'funcion-publica',
          sector: 'funcion-publica',
          modality: 'mixta',
          territorialFocus: { scope: 'departamental', territories: ['27'] },
          validFrom: '2026-01-01',
        }),
      (c: RenderContext) =>
        moduleView(
          c,
          {
            title: 'M',
            order: 2,
            durationMinutes: 90,
            objectives: ['Uno'],
            activityGuide: [{ step: 'Paso', minutes: 10, materials: ['Tablero'] }],
          },
          'Curso',
        ),
      (c: RenderContext) => courseView(c, course),
      (c: RenderContext) => agendaView(c, agenda),
    ];
    for (const view of views) expect(html(view(preview))).toBe(html(view(site)));
  });

  it('leave slots where the host draws the body, media and related links', () => {
    const nodes = practiceView(site, practice);
    const parts = splitSlots(html(nodes));
    expect(parts.filter((p) => 'slot' in p).map((p) => 'slot' in p && p.slot)).toEqual(['media', 'body', 'related']);
    const filled = html(fillSlots(nodes, { body: [h('p', 'CUERPO')] }));
    expect(filled).toContain(
      `<h2 data-pagefind-ignore="">${siteWords.collection('practices').bodyLabel}</h2><p>CUERPO</p>`,
    );
    expect(filled).not.toContain('<!--slot:');
  });

  it('text that looks like a slot stays text', () => {
    const out = html([h('p', '<!--slot:body-->'), slot('related')]);
    expect(splitSlots(out)).toEqual([{ html: '<p>&#x3C;!--slot:body--></p>' }, { slot: 'related' }]);
  });
});

describe('the body, in pages and in the CMS preview', () => {
  const draw = (md: string) => html(bodyNodes(preview, md, allowed));

  it('renders Markdown, including Markdown inside <Recuadro>', () => {
    const out = draw(body);
    expect(out).toContain('<p>Primer párrafo con <strong>negrita</strong>.</p>');
    expect(out).toMatch(
      /<aside class="recuadro recuadro-clave" aria-label="Lo que hizo la diferencia"><p class="recuadro-titulo">Lo que hizo la diferencia<\/p><p>Las preguntas llegaron <strong>antes<\/strong> de la jornada.<\/p>\s*<ul>\s*<li>una lista<\/li>\s*<\/ul><\/aside>/,
    );
    expect(out).toContain(
      '<figure class="cifra"><p class="cifra-valor">6</p><figcaption><span class="cifra-etiqueta">jornadas zonales</span><span class="cifra-fuente">Fuente: Informe 2024</span></figcaption></figure>',
    );
  });

  it('draws components exactly as the site components do', async () => {
    const { cifra, recuadro } = await import('../../src/render/mdx-components.ts');
    expect(draw('<Cifra valor="6" etiqueta="x" />')).toBe(html([cifra({ valor: '6', etiqueta: 'x' })]));
    expect(draw('<Recuadro>\nhola\n</Recuadro>')).toBe(html([recuadro(site, {}, [h('p', 'hola')])]));
  });

  it('never lets anything executable through', () => {
    const cases = [
      '<script>alert(1)</script>',
      '<img src="x" onError="alert(1)" />',
      '<iframe src="https://example.org" />',
      '<Cifra valor="6" etiqueta="x" onClick="alert(1)" />',
      '<Video title="v" provider="archivo" src="javascript:alert(1)" poster="/p.svg" />',
      '{alert(1)}',
      'import x from "y"\n\ntexto',
      '[enlace](javascript:alert(1))',
      '<style>{"body{display:none}"}</style>',
    ];
    for (const md of cases) {
      const out = draw(md);
      expect(out, md).not.toMatch(/<(script|iframe|style|img)\b/);
      expect(out, md).not.toMatch(/\son[a-z]+=/i);
      expect(out, md).not.toContain('javascript:');
    }
    expect(draw('<script>alert(1)</script>')).toContain('«&#x3C;script>»');
  });

  it('gives headings the ids a reader can link to, unique within the body', () => {
    expect(draw('### Qué es\n\nTexto.\n\n### Qué es\n\n## Para quién es más útil')).toBe(
      '<h3 id="qué-es">Qué es</h3>\n<p>Texto.</p>\n<h3 id="qué-es-1">Qué es</h3>\n<h2 id="para-quién-es-más-útil">Para quién es más útil</h2>',
    );
  });

  it('shows a notice and the text while the MDX cannot be parsed', () => {
    const out = draw('Texto con <Recuadro sin cerrar');
    expect(out).toContain('recuadro-aviso');
    expect(out).toContain('<pre>Texto con &#x3C;Recuadro sin cerrar</pre>');
  });
});

describe('the CMS preview of an entry', () => {
  it('draws the practice with names, its body and its uploaded images', () => {
    const out = previewHtml(
      'practices',
      { ...practice, media: [{ image: '../media/a.svg', alt: 'Dibujo', credit: 'Red' }] },
      preview,
      allowed,
      (p) => `/blob/${p.split('/').pop()}`,
    );
    expect(out).toContain('>Quibdó</a>');
    expect(out).toContain('<strong>antes</strong>');
    expect(out).toContain('<figure><img src="/blob/a.svg" alt="Dibujo"><figcaption>');
    expect(out).not.toContain('<!--slot:');
  });

  it('shows an id until names arrive rather than nothing', () => {
    const bare: RenderContext = { words: preview.words, term: () => undefined };
    expect(previewHtml('practices', practice, bare, allowed)).toContain('<span>27001</span>');
  });

  it('draws a course with its facts, objectives and own materials, leaving modules to the site', () => {
    const out = previewHtml('courses', course, preview, allowed);
    expect(out).toContain(`<dd>${siteWords.option('courses', 'level', 'intermedio')}</dd>`);
    expect(out).toContain('<a href="/grupos/servidores-publicos/">Servidores públicos</a>');
    expect(out).toContain('<dd>Función Pública</dd>');
    expect(out).toContain('<li>Responder &#x3C;preguntas></li>');
    expect(out).not.toContain(label('courses', 'prerequisites'));
    expect(out).toContain('<a href="/materiales/guia.pdf">Guía</a>');
    // A number field the editor has emptied is no fact, not «0 horas».
    for (const durationHours of ['', null])
      expect(previewHtml('courses', { ...course, durationHours }, preview, allowed)).not.toContain(
        label('courses', 'durationHours'),
      );
    expect(
      splitSlots(html(courseView(site, course)))
        .filter((p) => 'slot' in p)
        .map((p) => 'slot' in p && p.slot),
    ).toEqual(['default', 'body', 'modules', 'related']);
  });

  it('draws an agenda with its commitments: responsible by name, due day and status in words', () => {
    const out = previewHtml('agendas', agenda, preview, allowed);
    expect(out).toContain(
      `${siteWords.collection('agendas').labelSingular} · ${siteWords.option('agendas', 'scope', 'subregional')}`,
    );
    expect(out).toContain(
      '<td>Asistencia técnica en rendición de cuentas</td><td>Función Pública</td><td><time datetime="2026-06-30">30 de junio de 2026</time></td><td>En curso</td>',
    );
    // A row still being written shows its blanks rather than breaking the preview.
    expect(out).toContain('<td>Compromiso a medio escribir</td><td></td><td></td><td></td>');
    expect(out).toContain('>Convergencia regional<');
  });

  it('names the course of a module', () => {
    expect(
      previewHtml('modules', { title: 'M', order: 1, course: 'curso', durationMinutes: 30 }, preview, allowed),
    ).toContain('Curso de rendición de cuentas');
  });
});
