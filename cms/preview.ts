/**
 * Previews of practices, lessons, offers, courses and modules in the site's own stylesheet.
 *
 * The pages are Astro components rendered at build time; Decap's preview is React running in
 * the browser, so the page templates cannot run here. Rather than copy each page template into
 * React (five templates to keep in step), one generic preview lays an entry out the way every
 * knowledge page does — kicker, title, lead, a facts list, long-text sections, the body — using
 * the same class names, the site's CSS (registered as preview style) and the labels of the
 * generated config, which come from the schemas. A field added to a schema shows up here too.
 */
import { createElement as h, type ReactNode } from 'react';
import { toBlock, type ComponentSpec } from './editor-components.ts';

type Field = { name: string; label: string; widget: string; options?: { value: string; label: string }[]; fields?: Field[]; field?: Field };
interface ImmutableLike {
  toJS(): unknown;
  get(key: string): unknown;
}
interface PreviewProps {
  entry: ImmutableLike;
  collection: ImmutableLike;
  fields: ImmutableLike;
  widgetFor: (name: string) => ReactNode;
}

/** Fields the header shows, and bookkeeping readers never see. */
const HEADER = new Set(['title', 'summary']);
const HIDDEN = new Set(['status']);

function text(field: Field, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.map((v) => text(field.field ?? field, v)).filter(Boolean).join(', ');
  if (field.widget === 'select') return field.options?.find((o) => o.value === value)?.label ?? String(value);
  if (typeof value === 'object') {
    return (field.fields ?? [])
      .map((f) => text(f, (value as Record<string, unknown>)[f.name]))
      .filter(Boolean)
      .join(' · ');
  }
  return String(value);
}

const paragraphs = (value: string) =>
  value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i) => h('p', { key: i }, p));

function EntryPreview({ entry, collection, fields, widgetFor }: PreviewProps) {
  const data = (entry.get('data') as ImmutableLike | undefined)?.toJS() as Record<string, unknown> | undefined ?? {};
  const list = fields.toJS() as Field[];
  const facts = list.filter((f) => !HEADER.has(f.name) && !HIDDEN.has(f.name) && f.widget !== 'text' && f.widget !== 'markdown' && f.widget !== 'image');
  const sections = list.filter((f) => f.widget === 'text' || f.widget === 'markdown');
  return h(
    'main',
    { className: 'wrap' },
    h(
      'article',
      null,
      h(
        'header',
        null,
        h('p', { className: 'kicker' }, String(collection.get('label_singular') ?? '')),
        h('h1', null, String(data.title ?? data.name ?? '')),
        data.summary ? h('p', { className: 'lead' }, String(data.summary)) : null,
      ),
      h(
        'dl',
        { className: 'facts' },
        facts
          .map((f) => [f, text(f, data[f.name])] as const)
          .filter(([, value]) => value)
          .map(([f, value]) => [h('dt', { key: `${f.name}-t` }, f.label), h('dd', { key: `${f.name}-d` }, value)]),
      ),
      h(
        'section',
        { className: 'prose' },
        sections.map((f) => [
          h('h2', { key: `${f.name}-h` }, f.label),
          f.widget === 'markdown' ? h('div', { key: f.name }, widgetFor(f.name)) : paragraphs(String(data[f.name] ?? '')),
        ]),
      ),
    ),
  );
}

interface PreviewRegistry {
  registerPreviewTemplate(name: string, component: unknown): void;
}

export function registerPreviews(cms: PreviewRegistry, collections: string[]) {
  for (const name of collections) cms.registerPreviewTemplate(name, EntryPreview);
}

const escape = (v: string) => v.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** How an MDX component looks in the body preview: the site's markup, not its source. */
export function componentPreview(spec: ComponentSpec, values: Record<string, string | undefined>): string {
  if (spec.name === 'Cifra') {
    const source = values.fuente ? `<span class="cifra-fuente">${escape(values.fuente)}</span>` : '';
    return `<figure class="cifra"><p class="cifra-valor">${escape(values.valor ?? '')}</p><figcaption><span class="cifra-etiqueta">${escape(values.etiqueta ?? '')}</span>${source}</figcaption></figure>`;
  }
  if (spec.name === 'Recuadro') {
    const title = values.titulo ? `<p class="recuadro-titulo">${escape(values.titulo)}</p>` : '';
    const inner = spec.childrenField ? escape(values[spec.childrenField] ?? '') : '';
    return `<aside class="recuadro recuadro-${escape(values.tipo ?? 'nota')}">${title}<p>${inner}</p></aside>`;
  }
  // A component without a preview of its own shows its source, which is what gets saved.
  return `<pre>${escape(toBlock(spec, values))}</pre>`;
}
