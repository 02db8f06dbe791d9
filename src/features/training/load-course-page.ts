/**
 * A course's three outputs: its page (/formacion/<id>/: article, modules, upcoming events,
 * links), its printable whole (/formacion/<id>/imprimir/: every module on its own sheet) and
 * its materials in one ZIP (materiales.zip, only for courses with two files or more).
 */
import { buildError, CourseWithoutArchive } from '../../core/errors/index.ts';
import type { CollectionEntry } from 'astro:content';
import { entryBody, published, taxonomies } from '../../core/content.ts';
import { buildDay } from '../../core/today.ts';
import { moduleHref } from '../../core/urls.ts';
import { optionLabel, labelsOf } from '../../derive/labels.ts';
import { t } from '../../i18n/index.ts';
import { html } from '../../render/html.ts';
import type { Fact } from '../../render/parts.ts';
import { courseView } from '../../render/views.ts';
import { collections } from '../../schemas/index.ts';
import { entryBase, entryLinks, entryTags, type IndexedEntryPage, type LinkGroup } from '../entries/index.ts';
import { courseDownloads } from './load-course-downloads.ts';
import { modulesOf } from './course-modules.ts';
import { eventItems, type EventItem } from './event-items.ts';
import { splitByTime } from './events.ts';

type Course = CollectionEntry<'courses'>;
type ModuleData = CollectionEntry<'modules'>['data'];

export interface CoursePage extends IndexedEntryPage {
  id: string;
  /** The shared article (src/render), with its body, modules and related slots. */
  article: string;
  modules: { href: string; title: string; summary: string; durationMinutes: number }[];
  /** Events of the course not yet over on the build day, soonest first. */
  upcoming: EventItem[];
  links: LinkGroup[];
}

export const coursePagePaths = async () =>
  (await published('courses')).map((entry) => ({ params: { course: entry.id }, props: { entry } }));

export async function loadCoursePage(entry: Course): Promise<CoursePage> {
  const d = entry.data;
  const tax = await taxonomies();
  const L = labelsOf('courses');
  const modules = modulesOf(await published('modules'), entry.id);
  const events = (await published('events')).filter((e) => e.data.course.id === entry.id);
  const downloads = await courseDownloads(entry.id);
  const archive = downloads.archive && { href: downloads.archive.href, bytes: downloads.archive.bytes.length };
  return {
    ...(await entryBase(entry)),
    tags: entryTags(tax, collections.courses.labelSingular, { themes: d.themes }),
    id: entry.id,
    article: html(courseView(tax.render, d, downloads.materials, archive)),
    modules: modules.map((m) => ({
      href: moduleHref(entry.id, m.data.order),
      title: m.data.title,
      summary: m.data.summary,
      durationMinutes: m.data.durationMinutes,
    })),
    upcoming: eventItems(splitByTime(events, buildDay()).upcoming, tax.nameOf('territories')),
    links: await entryLinks([
      { collection: 'offers', label: L('offers'), refs: d.offers },
      { collection: 'agendas', label: L('agendas'), refs: d.agendas },
    ]),
  };
}

/** One module as the printed course shows it: the names of the practices and lessons it draws on, not links. */
export interface PrintedModule {
  order: number;
  title: string;
  summary: string;
  durationMinutes: number;
  objectives: string[];
  activityGuide: ModuleData['activityGuide'];
  body: string;
  videos: { title: string; transcript: string | undefined }[];
  podcasts: { title: string; transcript: string | undefined }[];
  practices: string[];
  lessons: string[];
  materials: ModuleData['materials'];
}

export interface CoursePrintPage {
  id: string;
  title: string;
  description: string;
  facts: Fact[];
  objectives: string[];
  prerequisites: string[];
  body: string;
  materials: Course['data']['materials'];
  modules: PrintedModule[];
}

export async function loadCoursePrintPage(entry: Course): Promise<CoursePrintPage> {
  const d = entry.data;
  const tax = await taxonomies();
  const C = labelsOf('courses');
  const titles = new Map<string, string>();
  for (const c of ['practices', 'lessons'] as const)
    for (const e of await published(c)) titles.set(`${c}/${e.id}`, e.data.title);
  const named = (c: 'practices' | 'lessons', refs: { id: string }[]) =>
    refs.map((r) => titles.get(`${c}/${r.id}`) ?? r.id);
  return {
    id: entry.id,
    title: d.title,
    description: d.summary,
    facts: [
      { label: C('audience'), text: d.audience },
      { label: C('durationHours'), text: t('course.duration', { n: d.durationHours }) },
      { label: C('level'), text: optionLabel('courses', 'level', d.level) },
      { label: C('entity'), text: tax.term('entities', d.entity).name },
    ],
    objectives: d.objectives,
    prerequisites: d.prerequisites,
    body: entryBody(entry),
    materials: d.materials,
    modules: modulesOf(await published('modules'), entry.id).map((m) => ({
      order: m.data.order,
      title: m.data.title,
      summary: m.data.summary,
      durationMinutes: m.data.durationMinutes,
      objectives: m.data.objectives,
      activityGuide: m.data.activityGuide,
      body: entryBody(m),
      videos: m.data.videos.map((v) => ({ title: v.title, transcript: v.transcript })),
      podcasts: m.data.podcasts.map((p) => ({ title: p.title, transcript: p.transcript })),
      practices: named('practices', m.data.practices),
      lessons: named('lessons', m.data.lessons),
      materials: m.data.materials,
    })),
  };
}

/** The courses whose materials are offered as one ZIP. */
export async function courseArchivePaths() {
  const paths = [];
  for (const course of await published('courses')) {
    if ((await courseDownloads(course.id)).archive) paths.push({ params: { course: course.id } });
  }
  return paths;
}

/** The ZIP's bytes; only asked for the courses courseArchivePaths lists. */
export async function loadCourseArchive(courseId: string): Promise<Uint8Array> {
  const { archive } = await courseDownloads(courseId);
  if (!archive) throw buildError(CourseWithoutArchive, courseId);
  return archive.bytes;
}
