/**
 * The building blocks of every entry page, as hast: header, facts, plain-text paragraphs,
 * contact, dates, the results and activity tables, materials, media captions. The Astro
 * components of the same names are thin wrappers over these, and the CMS preview calls them
 * directly, so a reader's page and an editor's preview come from one piece of code.
 */
import { formatDate, formatFileSize, formatNumber, isoDay } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { type Day, type RenderContext, type TermLink, toDate } from './context.ts';
import { h, type Node, type Nodes, present, slot } from './html.ts';
import { markdownBlocks } from './markdown.ts';
import { telHref } from './phone.ts';
import { SITE_WORDS } from './search-index.ts';
import type { CollectionName } from '../schemas/context.ts';
import type { CollectionData, FieldPath } from '../schemas/types.ts';
import type { Draft } from './entry-draft.ts';

/** A section heading the site writes (a field label or a dictionary word), not the entry. */
export const labelHeading = (text: string, props: Record<string, string> = {}, tag: 'h2' | 'h3' = 'h2'): Node =>
  h(tag, { ...props, ...SITE_WORDS }, text);
/** A field label in a list of facts. */
export const labelTerm = (text: string): Node => h('dt', SITE_WORDS, text);

/** The kicker names the entry's type (and repeats facts listed below): site words, which would open every search snippet. */
export function pageHeader(p: {
  kicker?: string;
  title: string;
  lead?: string;
  extra?: Nodes;
  withSlot?: boolean;
}): Node {
  return h(
    'header',
    present(
      p.kicker && h('p.kicker', SITE_WORDS, p.kicker),
      h('h1', p.title),
      p.lead && h('p.lead', p.lead),
      p.extra,
      p.withSlot && slot('default'),
    ),
  );
}

export function terms(list: TermLink[]): Nodes {
  if (list.length === 0) return [];
  return [
    h(
      'ul.terms',
      list.map((term) => h('li', term.href ? h('a', { href: term.href }, term.name) : h('span', term.name))),
    ),
  ];
}

export interface Fact {
  label: string;
  text?: string;
  /** Where the text leads (a document's address): a plain link, not a term pill. */
  href?: string;
  terms?: TermLink[];
}

/** A fact with nothing to say is left out rather than shown empty. */
export function facts(list: Fact[]): Node {
  const shown = list.filter((f) => (f.text && f.text.length > 0) || (f.terms && f.terms.length > 0));
  return h(
    'dl.facts',
    shown.flatMap((f) => [
      labelTerm(f.label),
      h('dd', f.terms ? terms(f.terms) : f.href ? h('a', { href: f.href }, f.text) : f.text),
    ]),
  );
}

/** Long text fields are plain text: blank lines separate paragraphs, nothing else is markup. */
export function prose(text: string | undefined): Nodes {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => h('p', p));
}

/**
 * A text field as readers see it. Whether it is long text comes from the schema (`multiline`):
 * long text reads as basic Markdown (paragraphs, lists, emphasis, safe links); a short one is
 * plain text.
 */
export function textField<C extends CollectionName>(
  ctx: RenderContext,
  scope: C,
  path: FieldPath<C>,
  value: unknown,
): Nodes {
  const text = value === undefined || value === null ? '' : String(value);
  return ctx.words.longText(scope, path) ? markdownBlocks(text) : prose(text);
}

/** A phone number readers can tap to call; as text when it holds no number to dial. */
export function phoneLink(phone: string): Node | string {
  const href = telHref(phone);
  return href ? h('a', { href }, phone) : phone;
}

export const list = (items: string[] | undefined): Node =>
  h(
    'ul',
    (items ?? []).map((item) => h('li', item)),
  );

/** An entry's institutional contact (the same fields in every collection that has one). */
export type ContactData = Draft<CollectionData<'practices'>['contact']>;

export function contact(ctx: RenderContext, c: ContactData | undefined, entityName?: string): Node {
  // Any collection with a contact shares the contact fields: entities declares them.
  const words = (key: 'email' | 'phone' | 'whatsapp' | 'website') => ctx.words.label('entities', `contact.${key}`);
  const data = c ?? {};
  return h('section.panel', { ariaLabelledBy: 'contacto' }, [
    labelHeading(ctx.words.label('entities', 'contact'), { id: 'contacto' }),
    h('p', present(h('strong', data.office ?? ''), entityName && { type: 'text', value: `, ${entityName}` })),
    h(
      'dl.facts',
      present(
        data.email && [labelTerm(words('email')), h('dd', h('a', { href: `mailto:${data.email}` }, data.email))],
        data.phone && [labelTerm(words('phone')), h('dd', phoneLink(data.phone))],
        data.whatsapp && [
          labelTerm(words('whatsapp')),
          h(
            'dd',
            h(
              'a',
              { href: `https://wa.me/${data.whatsapp.replace(/\D/g, '').replace(/^(?!57)/, '57')}` },
              data.whatsapp,
            ),
          ),
        ],
        data.website && [
          labelTerm(words('website')),
          h('dd', h('a', { href: data.website }, data.website.replace(/^https?:\/\//, ''))),
        ],
      ),
    ),
  ]);
}

export const time = (day: Date, text: string): Node => h('time', { dateTime: isoDay(day) }, text);

export function entryDates(p: { publishedAt?: Day; lastReviewed?: Day }): Node | undefined {
  const published = toDate(p.publishedAt);
  const reviewed = toDate(p.lastReviewed);
  if (!published && !reviewed) return undefined;
  return h(
    'p.muted',
    present(
      published && time(published, t('entry.publishedOn', { date: formatDate(published) })),
      published && reviewed && { type: 'text', value: ' · ' },
      reviewed && time(reviewed, t('entry.reviewedOn', { date: formatDate(reviewed) })),
    ),
  );
}

/**
 * Wide tables scroll sideways on phones; the region is focusable so keyboard users can scroll it
 * too, and says so (a note CSS shows only when the table overflows, and shadows at its edges).
 * A named `<section>` is the native region (a `div` with `role="region"` is not needed).
 */
export const tableRegion = (label: string, content: Nodes): Node =>
  h('section.table-wrap', { ariaLabel: label, tabIndex: 0 }, [h('p.scroll-note', t('table.scrollNote')), ...content]);

const num = (value: unknown) => (typeof value === 'number' ? value : Number(value));

export type Result = Draft<CollectionData<'practices'>['results'][number]>;

export function resultsTable(ctx: RenderContext, results: Result[] | undefined): Node {
  const L = (path: FieldPath<'practices'>) => ctx.words.label('practices', path);
  const caption = t('practice.resultsCaption');
  const cell = (value: number | string | undefined) =>
    value === undefined || value === '' || Number.isNaN(num(value)) ? '' : formatNumber(num(value));
  return h('section', [
    labelHeading(L('results')),
    tableRegion(caption, [
      h('table', [
        h('caption', SITE_WORDS, caption),
        h(
          'thead',
          SITE_WORDS,
          h('tr', [
            h('th', { scope: 'col' }, L('results.indicator')),
            h('th.num', { scope: 'col' }, L('results.baseline')),
            h('th.num', { scope: 'col' }, L('results.achieved')),
            h('th', { scope: 'col' }, L('results.unit')),
            h('th', { scope: 'col' }, L('results.measuredOn')),
          ]),
        ),
        h(
          'tbody',
          (results ?? []).map((r) => {
            const day = toDate(r.measuredOn);
            return h('tr', [
              h(
                'th',
                { scope: 'row' },
                present(
                  { type: 'text', value: r.indicator ?? '' },
                  r.source && h('span.muted', [h('br'), `${L('results.source')}: ${r.source}`]),
                ),
              ),
              h('td.num', cell(r.baseline)),
              h('td.num', cell(r.achieved)),
              h('td', r.unit ?? ''),
              h('td', day ? time(day, formatDate(day)) : ''),
            ]);
          }),
        ),
      ]),
    ]),
  ]);
}

export type Step = Draft<CollectionData<'modules'>['activityGuide'][number]>;

/**
 * The trainer's session plan: each step with its time and what it needs. `of` names the module
 * when one page holds several guides, so each scrolling region keeps a name of its own.
 */
export function activityGuide(ctx: RenderContext, steps: Step[] | undefined, level: 2 | 3 = 2, of?: string): Node {
  const L = (path: FieldPath<'modules'>) => ctx.words.label('modules', path);
  return h('section', [
    h(`h${level}`, L('activityGuide')),
    tableRegion(of ? t('module.activityGuideOf', { guide: L('activityGuide'), module: of }) : L('activityGuide'), [
      h('table', [
        h('caption', SITE_WORDS, L('activityGuide')),
        h(
          'thead',
          SITE_WORDS,
          h('tr', [
            h('th', { scope: 'col' }, t('module.stepNumber')),
            h('th', { scope: 'col' }, L('activityGuide.step')),
            h('th.num', { scope: 'col' }, L('activityGuide.minutes')),
            h('th', { scope: 'col' }, L('activityGuide.materials')),
          ]),
        ),
        h(
          'tbody',
          (steps ?? []).map((s, i) =>
            h('tr', [
              h('td', String(i + 1)),
              h('td', s.step ?? ''),
              h('td.num', String(s.minutes ?? '')),
              h('td', (s.materials ?? []).join(', ')),
            ]),
          ),
        ),
      ]),
    ]),
  ]);
}

export type Material = Draft<CollectionData<'courses'>['materials'][number]>;

/** A ZIP of every served download (the course page's «Descargar todo»). */
export interface Archive {
  href: string;
  bytes: number;
}

/**
 * Downloads with what each one weighs, when the site serves the file; with `archive`, one link
 * fetches them all. Without it the total only informs: no link promises a download that is not there.
 */
export function materials(
  ctx: RenderContext,
  list: Material[] | undefined,
  level: 2 | 3 = 2,
  archive?: Archive,
): Node | undefined {
  const items = (list ?? []).map((m) => {
    const bytes = m.href ? ctx.sizeOf?.(m.href) : undefined;
    const format = ctx.words.option('courses', 'materials.format', m.format ?? '');
    return {
      ...m,
      bytes,
      note:
        bytes === undefined
          ? t('materials.sizeUnknown', { format })
          : t('materials.size', { format, size: formatFileSize(bytes) }),
    };
  });
  if (items.length === 0) return undefined;
  const known = items.filter((m) => m.bytes !== undefined);
  const total = known.reduce((sum, m) => sum + (m.bytes ?? 0), 0);
  return h(
    'section',
    present(
      h(`h${level}`, ctx.words.label('courses', 'materials')),
      h(
        'ul.materials',
        items.map((m) =>
          h('li', [
            h('a', { href: m.href ?? '', download: m.bytes !== undefined ? '' : undefined }, m.title ?? ''),
            ' ',
            h('span.muted', `(${m.note})`),
          ]),
        ),
      ),
      archive
        ? h(
            'p',
            present(
              h('a', { href: archive.href, download: '' }, t('materials.downloadAll')),
              ' ',
              h(
                'span.muted',
                `(${t('materials.size', { format: ctx.words.option('courses', 'materials.format', 'zip'), size: formatFileSize(archive.bytes) })})`,
              ),
              known.length < items.length && h('span.muted', ` ${t('materials.archiveLeavesLinks')}`),
            ),
          )
        : known.length > 1 && h('p.muted', t('materials.totalSize', { size: formatFileSize(total) })),
    ),
  );
}

export type MediaItem = Draft<CollectionData<'practices'>['media'][number]>;

export const mediaCaption = (m: MediaItem): Node =>
  h('figcaption', present(m.caption && `${m.caption} `, t('entry.credit', { credit: m.credit ?? '' })));

/** A figure whose image the host supplies: the build's optimised <img>, or the CMS's upload. */
export const mediaFigure = (m: MediaItem, image: Node): Node => h('figure', [image, mediaCaption(m)]);
