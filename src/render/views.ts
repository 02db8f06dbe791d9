/**
 * The article of a practice, lesson, offer, course, course module and agenda: what readers see on the page and
 * editors see in the CMS preview, written once. The pages serialise these and fill the slots
 * only the build can fill (optimised images, the compiled MDX body, links to other entries,
 * previous/next); the preview fills the same slots with the upload, the body drawn by
 * `body.ts`, and nothing.
 *
 * Entry data is read leniently (references as `{ id }` or ids, dates as Date or ISO day, lists
 * possibly missing) because the preview shows an entry while it is being written.
 */
import { formatDate, formatPesos } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { type Day, idOf, type Ref, type RenderContext, nameOf, termsOf, toDate } from './context.ts';
import type { EntryDraft } from './entry-draft.ts';
import type { FieldPath } from '../schemas/types.ts';
import { SITE_WORDS } from './search-index.ts';
import { h, type Nodes, present, slot } from './html.ts';
import { offerAudience } from './offer-audience.ts';

/** A line that stands alone, as a fact's value, starts with a capital. */
const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase('es') + text.slice(1);
import { podcast, video } from './mdx-components.ts';
import {
  activityGuide,
  labelHeading,
  labelTerm,
  type Archive,
  type ContactData,
  contact,
  entryDates,
  facts,
  list,
  materials,
  type Material,
  pageHeader,
  phoneLink,
  textField,
  resultsTable,
  type Result,
  type Step,
  tableRegion,
  time,
} from './parts.ts';

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const arr = <T>(v: unknown) => (Array.isArray(v) ? (v as T[]) : []);
/** A nested object of a draft, or an empty one while the form has none (or something else). */
const obj = <T extends object>(v: T | undefined): Partial<T> =>
  v && typeof v === 'object' && !Array.isArray(v) ? v : {};
/** A number field as the form holds it: left empty (undefined, null or '') or not a number yet is no number. */
const numeric = (v: unknown) => {
  const n = v === undefined || v === null || v === '' ? Number.NaN : Number(v);
  return Number.isNaN(n) ? undefined : n;
};
const day = (v: unknown) => {
  const date = toDate(v as Day);
  return date ? formatDate(date) : '';
};

/**
 * The goals an entry is aligned with, each as «ODS 6 · Agua limpia y saneamiento» linking to its
 * page, and the targets it names. The same two facts on every aligned collection.
 */
function sdgFacts(
  ctx: RenderContext,
  labels: { sdg: string; sdgTargets: string },
  d: { sdg?: unknown; sdgTargets?: unknown },
) {
  const goals = arr<Ref>(d.sdg)
    .filter(Boolean)
    .map((ref) => {
      const term = ctx.term('sdg', idOf(ref));
      return { ...term, name: t('sdg.term', { n: idOf(ref), name: term?.name ?? '' }) };
    });
  return [
    { label: labels.sdg, terms: goals },
    { label: labels.sdgTargets, text: arr<string>(d.sdgTargets).join(', ') },
  ];
}

/** The body under its heading, when there is one (lessons may have none). */
const bodySection = (heading: string): Nodes => [h('section.prose', [labelHeading(heading), slot('body')])];

export function practiceView(ctx: RenderContext, d: EntryDraft<'practices'>): Nodes {
  const L = (path: FieldPath<'practices'>) => ctx.words.label('practices', path);
  const c = ctx.words.collection('practices');
  const validation = obj(d.validation);
  const contactData: ContactData = obj(d.contact);
  const cost = numeric(d.costCop);
  return present(
    pageHeader({ kicker: c.labelSingular, title: str(d.title), lead: str(d.summary) }),
    labelHeading(t('entry.details')),
    facts([
      { label: L('territories'), terms: termsOf(ctx, 'territories', arr(d.territories)) },
      { label: L('themes'), terms: termsOf(ctx, 'themes', arr(d.themes)) },
      { label: L('phases'), terms: termsOf(ctx, 'phases', arr(d.phases)) },
      { label: L('capacityLevels'), terms: termsOf(ctx, 'capacityLevels', arr(d.capacityLevels)) },
      { label: L('valueGroups'), terms: termsOf(ctx, 'valueGroups', arr(d.valueGroups)) },
      ...sdgFacts(ctx, { sdg: L('sdg'), sdgTargets: L('sdgTargets') }, d),
      { label: L('maturity'), text: d.maturity ? ctx.words.option('practices', 'maturity', str(d.maturity)) : '' },
      {
        label: L('validation'),
        text: [
          validation.status ? ctx.words.option('practices', 'validation.status', str(validation.status)) : '',
          nameOf(ctx, 'entities', validation.reviewedBy) ?? '',
          day(validation.reviewedOn),
        ]
          .filter(Boolean)
          .join(' · '),
      },
      { label: L('adoptedBy'), terms: termsOf(ctx, 'territories', arr(d.adoptedBy)) },
      { label: L('startedOn'), text: day(d.startedOn) },
      { label: L('endedOn'), text: day(d.endedOn) },
    ]),
    slot('media'),
    h('section.prose', [
      labelHeading(L('context')),
      ...textField(ctx, 'practices', 'context', d.context),
      labelHeading(L('problem')),
      ...textField(ctx, 'practices', 'problem', d.problem),
      labelHeading(c.bodyLabel),
      slot('body'),
    ]),
    resultsTable(ctx, arr<Result>(d.results)),
    h(
      'section.prose',
      present(
        labelHeading(L('resources')),
        textField(ctx, 'practices', 'resources', d.resources),
        cost !== undefined && h('p', [h('strong', `${L('costCop')}:`), ` ${formatPesos(cost)}`]),
        labelHeading(L('whatDidNotWork')),
        textField(ctx, 'practices', 'whatDidNotWork', d.whatDidNotWork),
        labelHeading(L('risks')),
        list(arr<string>(d.risks)),
        labelHeading(L('replicability')),
        textField(ctx, 'practices', 'replicability', d.replicability),
      ),
    ),
    slot('related'),
    contact(ctx, contactData, nameOf(ctx, 'entities', contactData.entity)),
    entryDates({ publishedAt: d.publishedAt, lastReviewed: d.lastReviewed }),
  );
}

export function lessonView(ctx: RenderContext, d: EntryDraft<'lessons'>, hasBody: boolean): Nodes {
  const L = (path: FieldPath<'lessons'>) => ctx.words.label('lessons', path);
  const c = ctx.words.collection('lessons');
  const origin = d.origin ? ctx.words.option('lessons', 'origin', str(d.origin)) : '';
  return present(
    pageHeader({
      kicker: [c.labelSingular, origin].filter(Boolean).join(' · '),
      title: str(d.title),
      lead: str(d.summary),
    }),
    labelHeading(t('entry.details')),
    facts([
      { label: L('territories'), terms: termsOf(ctx, 'territories', arr(d.territories)) },
      { label: L('themes'), terms: termsOf(ctx, 'themes', arr(d.themes)) },
      { label: L('phases'), terms: termsOf(ctx, 'phases', arr(d.phases)) },
      { label: L('origin'), text: origin },
      ...sdgFacts(ctx, { sdg: L('sdg'), sdgTargets: L('sdgTargets') }, d),
    ]),
    h('section.prose', [
      labelHeading(L('whatHappened')),
      ...textField(ctx, 'lessons', 'whatHappened', d.whatHappened),
      labelHeading(L('learned')),
      ...textField(ctx, 'lessons', 'learned', d.learned),
    ]),
    h('section.panel', [
      labelHeading(L('recommendation')),
      ...textField(ctx, 'lessons', 'recommendation', d.recommendation),
    ]),
    hasBody && bodySection(c.bodyLabel),
    slot('related'),
    entryDates({ publishedAt: d.publishedAt, lastReviewed: d.lastReviewed }),
  );
}

export function offerView(ctx: RenderContext, d: EntryDraft<'offers'>): Nodes {
  const L = (path: FieldPath<'offers'>) => ctx.words.label('offers', path);
  const c = ctx.words.collection('offers');
  const focus = obj(d.territorialFocus);
  const scope = str(focus.scope);
  const howTo = obj(d.howToRequest);
  const entity = nameOf(ctx, 'entities', d.entity) ?? '';
  const type = d.type ? ctx.words.option('offers', 'type', str(d.type)) : '';
  const scopeWord = scope ? ctx.words.option('offers', 'territorialFocus.scope', scope) : '';
  const reach =
    scope === 'nacional'
      ? [{ name: t('offer.reachesAll') }]
      : [...termsOf(ctx, 'regions', arr(focus.regions)), ...termsOf(ctx, 'territories', arr(focus.territories))];
  const from = day(d.validFrom);
  const requirements = arr<string>(d.requirements);
  return present(
    pageHeader({ kicker: [type, entity].filter(Boolean).join(' · '), title: str(d.title), lead: str(d.summary) }),
    h(
      'section.panel',
      { ariaLabelledBy: 'solicitud' },
      present(
        labelHeading(t('offer.howToRequest'), { id: 'solicitud' }),
        textField(ctx, 'offers', 'howToRequest.steps', howTo.steps),
        requirements.length > 0 && [labelHeading(L('requirements'), {}, 'h3'), list(requirements)],
        h('p', h('a.button', { href: str(howTo.channel) }, t('offer.requestButton'))),
        h(
          'dl.facts',
          present(
            Boolean(howTo.email) && [
              labelTerm(L('howToRequest.email')),
              h('dd', h('a', { href: `mailto:${str(howTo.email)}` }, str(howTo.email))),
            ],
            Boolean(howTo.phone) && [labelTerm(L('howToRequest.phone')), h('dd', phoneLink(str(howTo.phone)))],
            labelTerm(t('offer.validity')),
            h(
              'dd',
              from ? t('entry.period', { start: from, end: day(d.validUntil) || t('entry.validUntilOpen') }) : '',
            ),
          ),
        ),
      ),
    ),
    labelHeading(t('entry.details')),
    facts([
      { label: L('entity'), text: entity },
      { label: L('sector'), text: nameOf(ctx, 'sectors', d.sector) ?? '' },
      { label: L('type'), text: type },
      { label: L('modality'), text: d.modality ? ctx.words.option('offers', 'modality', str(d.modality)) : '' },
      { label: `${L('territorialFocus')} (${scopeWord})`, terms: reach },
      {
        label: t('offer.meantForLabel'),
        text: capitalized(
          offerAudience({
            capacityGroups: arr<string>(focus.capacityGroups),
            categories: arr<string>(focus.categories),
            pdet: focus.pdet === true,
            pdetSubregions: arr<string>(focus.pdetSubregions),
          }),
        ),
      },
      { label: L('phases'), terms: termsOf(ctx, 'phases', arr(d.phases)) },
      { label: L('capacityLevels'), terms: termsOf(ctx, 'capacityLevels', arr(d.capacityLevels)) },
      { label: L('valueGroups'), terms: termsOf(ctx, 'valueGroups', arr(d.valueGroups)) },
      { label: L('themes'), terms: termsOf(ctx, 'themes', arr(d.themes)) },
      { label: L('pnd'), terms: termsOf(ctx, 'pnd', arr(d.pnd)) },
      ...sdgFacts(ctx, { sdg: L('sdg'), sdgTargets: L('sdgTargets') }, d),
    ]),
    bodySection(c.bodyLabel),
    slot('related'),
    entryDates({ publishedAt: d.publishedAt, lastReviewed: d.lastReviewed }),
  );
}

/** `courseTitle` is the course the module belongs to (a page of its own, not a taxonomy term). */
export function moduleView(ctx: RenderContext, d: EntryDraft<'modules'>, courseTitle: string): Nodes {
  const L = (path: FieldPath<'modules'>) => ctx.words.label('modules', path);
  const c = ctx.words.collection('modules');
  const videos = arr<Record<string, string>>(d.videos);
  const podcasts = arr<Record<string, string>>(d.podcasts);
  const minutes = Number(d.durationMinutes);
  return present(
    pageHeader({
      kicker: t('course.moduleNumber', { n: Number(d.order) || 0 }),
      title: str(d.title),
      lead: str(d.summary),
      extra: [
        h(
          'p.muted',
          `${t('module.partOf', { course: courseTitle })} · ${t('module.minutes', { n: Number.isNaN(minutes) ? 0 : minutes })}`,
        ),
      ],
    }),
    h('section.prose', [labelHeading(L('objectives')), list(arr<string>(d.objectives))]),
    activityGuide(ctx, arr<Step>(d.activityGuide)),
    bodySection(c.bodyLabel),
    videos.length > 0 && h('section', [labelHeading(L('videos')), ...videos.map((v) => video(ctx, v))]),
    podcasts.length > 0 && h('section', [labelHeading(L('podcasts')), ...podcasts.map((p) => podcast(ctx, p))]),
    materials(ctx, arr<Material>(d.materials)),
    slot('related'),
    slot('nav'),
  );
}

/**
 * `materialList` is what the course page offers for download: its own files and its modules'.
 * The preview, which knows only the course being edited, gives the course's own.
 */
export function courseView(
  ctx: RenderContext,
  d: EntryDraft<'courses'>,
  materialList: Material[] = arr<Material>(d.materials),
  archive?: Archive,
): Nodes {
  const L = (path: FieldPath<'courses'>) => ctx.words.label('courses', path);
  const c = ctx.words.collection('courses');
  const hours = numeric(d.durationHours);
  const prerequisites = arr<string>(d.prerequisites);
  return present(
    pageHeader({ kicker: c.labelSingular, title: str(d.title), lead: str(d.summary), withSlot: true }),
    labelHeading(t('entry.details')),
    facts([
      { label: L('audience'), text: str(d.audience) },
      { label: L('audienceGroups'), terms: termsOf(ctx, 'valueGroups', arr(d.audienceGroups)) },
      { label: L('durationHours'), text: hours === undefined ? '' : t('course.duration', { n: hours }) },
      { label: L('level'), text: d.level ? ctx.words.option('courses', 'level', str(d.level)) : '' },
      { label: L('entity'), text: nameOf(ctx, 'entities', d.entity) ?? '' },
      { label: L('themes'), terms: termsOf(ctx, 'themes', arr(d.themes)) },
      { label: L('capacityLevels'), terms: termsOf(ctx, 'capacityLevels', arr(d.capacityLevels)) },
    ]),
    h(
      'section.prose',
      present(
        labelHeading(L('objectives')),
        list(arr<string>(d.objectives)),
        prerequisites.length > 0 && [labelHeading(L('prerequisites')), list(prerequisites)],
        labelHeading(c.bodyLabel),
        slot('body'),
      ),
    ),
    slot('modules'),
    materials(ctx, materialList, 2, archive),
    slot('related'),
    entryDates({ publishedAt: d.publishedAt, lastReviewed: d.lastReviewed }),
  );
}

type Commitment = NonNullable<EntryDraft<'agendas'>['commitments']>[number];

export function agendaView(ctx: RenderContext, d: EntryDraft<'agendas'>): Nodes {
  const L = (path: FieldPath<'agendas'>) => ctx.words.label('agendas', path);
  const c = ctx.words.collection('agendas');
  const scope = d.scope ? ctx.words.option('agendas', 'scope', str(d.scope)) : '';
  return present(
    pageHeader({
      kicker: [c.labelSingular, scope].filter(Boolean).join(' · '),
      title: str(d.title),
      lead: str(d.summary),
    }),
    labelHeading(t('entry.details')),
    facts([
      { label: L('territories'), terms: termsOf(ctx, 'territories', arr(d.territories)) },
      { label: L('themes'), terms: termsOf(ctx, 'themes', arr(d.themes)) },
      { label: L('pnd'), terms: termsOf(ctx, 'pnd', arr(d.pnd)) },
      ...sdgFacts(ctx, { sdg: L('sdg'), sdgTargets: L('sdgTargets') }, d),
      { label: L('signedOn'), text: day(d.signedOn) },
      { label: L('endsOn'), text: day(d.endsOn) },
    ]),
    bodySection(c.bodyLabel),
    h('section', [
      labelHeading(L('commitments')),
      tableRegion(L('commitments'), [
        h('table', [
          h('caption', SITE_WORDS, L('commitments')),
          h(
            'thead',
            SITE_WORDS,
            h(
              'tr',
              (['description', 'responsible', 'due', 'status'] as const).map((field) =>
                h('th', { scope: 'col' }, L(`commitments.${field}`)),
              ),
            ),
          ),
          h(
            'tbody',
            arr<Commitment>(d.commitments).map((row) => {
              const due = toDate(row.due);
              return h('tr', [
                h('td', str(row.description)),
                h('td', nameOf(ctx, 'entities', row.responsible) ?? ''),
                h('td', due ? time(due, formatDate(due)) : ''),
                h('td', row.status ? ctx.words.option('agendas', 'commitments.status', row.status) : ''),
              ]);
            }),
          ),
        ]),
      ]),
    ]),
    slot('related'),
    entryDates({ publishedAt: d.publishedAt, lastReviewed: d.lastReviewed }),
  );
}
