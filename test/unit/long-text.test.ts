/**
 * Long text fields keep what editors typed: a numbered list of steps stays a numbered list on
 * the offer page and in the CMS preview (both go through src/render), and which fields are
 * long text is read from the schemas, not from a list in the views. Safe: nothing typed
 * becomes markup beyond paragraphs, lists, emphasis and links to safe addresses. An offer's
 * phone is a `tel:` link a phone can dial.
 */
import { describe, expect, it } from 'vitest';
import { previewHtml } from '../../cms/preview.ts';
import { previewSetup } from '../../cms/settings.ts';
import { fieldsOf } from '../../src/derive/labels.ts';
import type { FieldInfo } from '../../src/derive/fields.ts';
import { type RenderContext, wordsFromTable } from '../../src/render/context.ts';
import { html } from '../../src/render/html.ts';
import { markdownBlocks } from '../../src/render/markdown.ts';
import { telHref } from '../../src/render/phone.ts';
import { siteWords } from '../../src/derive/site-words.ts';
import { offerView } from '../../src/render/views.ts';
import { collections, type CollectionName } from '../../src/schemas/index.ts';
import type { FieldPath } from '../../src/schemas/types.ts';
import type { EntryDraft } from '../../src/render/entry-draft.ts';

const md = (text: string) => html(markdownBlocks(text));

const steps = `Antes de empezar:

1. Escriba al buzón **indicando el municipio**.
2. Adjunte el acto que conforma el equipo,
   firmado por el alcalde.
3. Asista a la sesión de arranque.`;

const offer: EntryDraft<'offers'> = {
  title: 'Acompañamiento',
  type: 'asistencia-tecnica',
  territorialFocus: { scope: 'nacional' },
  howToRequest: { steps, channel: 'https://example.gov.co/solicitud', phone: '601 739 5656' },
  validFrom: '2026-01-01',
};
const noTerms = () => undefined;
const site: RenderContext = { words: siteWords, term: noTerms };
const preview: RenderContext = { words: wordsFromTable(previewSetup().words), term: noTerms };

describe('long text as basic Markdown', () => {
  it('turns numbered and bulleted lines into lists, and the rest into paragraphs', () => {
    expect(md(steps)).toBe(
      '<p>Antes de empezar:</p><ol><li>Escriba al buzón <strong>indicando el municipio</strong>.</li><li>Adjunte el acto que conforma el equipo,\nfirmado por el alcalde.</li><li>Asista a la sesión de arranque.</li></ol>',
    );
    expect(md('- uno\n- dos\n\nDespués.')).toBe('<ul><li>uno</li><li>dos</li></ul><p>Después.</p>');
    expect(md('3. tres\n4. cuatro')).toBe('<ol start="3"><li>tres</li><li>cuatro</li></ol>');
    expect(md('Primero.\n\nSegundo.')).toBe('<p>Primero.</p><p>Segundo.</p>');
  });

  it('keeps emphasis and safe links, and nothing else', () => {
    expect(md('Lea *la guía* en [el portal](https://www.funcionpublica.gov.co/guia).')).toBe(
      '<p>Lea <em>la guía</em> en <a href="https://www.funcionpublica.gov.co/guia">el portal</a>.</p>',
    );
    expect(md('[correo](mailto:a@b.co) [teléfono](tel:+576017395656) [aquí](/oferta/)')).toBe(
      '<p><a href="mailto:a@b.co">correo</a> <a href="tel:+576017395656">teléfono</a> <a href="/oferta/">aquí</a></p>',
    );
    // The unsafe address is dropped with its brackets; the words stay.
    expect(md('[clic](javascript:void(0)) [otro](//evil.example/x)')).toBe('<p>clic) otro</p>');
    expect(md('<script>alert(1)</script> <b>x</b>')).toBe(
      '<p>&#x3C;script>alert(1)&#x3C;/script> &#x3C;b>x&#x3C;/b></p>',
    );
    expect(md('un_nombre_de_archivo y 2 * 3 * 4')).toBe('<p>un_nombre_de_archivo y 2 * 3 * 4</p>');
    expect(md('\\* no es lista')).toBe('<p>* no es lista</p>');
  });

  it('is what the schema marks as long text, read the same way by the site and the preview', () => {
    const longFields = (scope: CollectionName) => {
      const found: string[] = [];
      const walk = (fields: FieldInfo[], prefix: string) => {
        for (const f of fields) {
          const path = prefix ? `${prefix}.${f.key}` : f.key;
          if (f.meta.multiline) found.push(path);
          const inner = f.kind === 'list' && f.item ? f.item : f;
          if (inner.fields) walk(inner.fields, path);
        }
      };
      walk(fieldsOf(scope), '');
      return found;
    };
    const offerLong = longFields('offers');
    expect(offerLong).toContain('howToRequest.steps');
    for (const scope of Object.keys(collections) as CollectionName[]) {
      for (const path of longFields(scope)) {
        expect(siteWords.longText(scope, path as FieldPath<typeof scope>), `${scope}.${path}`).toBe(true);
        expect(preview.words.longText(scope, path as FieldPath<typeof scope>), `${scope}.${path}`).toBe(true);
      }
    }
    expect(siteWords.longText('offers', 'title')).toBe(false);
    expect(preview.words.longText('offers', 'summary')).toBe(false);
  });
});

describe('«Cómo solicitar esta oferta»', () => {
  const numbered = /<ol><li>Escriba al buzón <strong>indicando el municipio<\/strong>\.<\/li><li>Adjunte/;

  it('shows the steps as a numbered list on the page', () => {
    expect(html(offerView(site, offer))).toMatch(numbered);
  });

  it('shows them as a numbered list in the CMS preview too', () => {
    expect(previewHtml('offers', offer, preview, new Set())).toMatch(numbered);
  });

  it('gives the phone as a tel: link with the country code', () => {
    const out = html(offerView(site, offer));
    expect(out).toContain('<a href="tel:+576017395656">601 739 5656</a>');
  });
});

describe('tel: links', () => {
  it('dial Colombian numbers from anywhere, as people write them', () => {
    expect(telHref('601 739 5656')).toBe('tel:+576017395656');
    expect(telHref('(604) 444 12 12')).toBe('tel:+576044441212');
    expect(telHref('310 555 0101')).toBe('tel:+573105550101');
    expect(telHref('+57 601 739 5656')).toBe('tel:+576017395656');
    expect(telHref('57 601 739 5656')).toBe('tel:+576017395656');
    expect(telHref('601 739 5656 ext. 123')).toBe('tel:+576017395656;ext=123');
    expect(telHref('01 8000 910 911')).toBe('tel:018000910911');
    expect(telHref('')).toBeUndefined();
    expect(telHref('no tiene')).toBeUndefined();
  });
});
