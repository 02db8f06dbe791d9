/**
 * The page of a course module (/formacion/<course>/modulo-<n>/): its article, the practices
 * and lessons it draws on, and the way to the module before and after it.
 */
import type { CollectionEntry } from 'astro:content';
import { published, taxonomies } from '../../core/content.ts';
import type { Link } from '../../core/entry-links.ts';
import { entryHref, moduleHref } from '../../core/urls.ts';
import { labelsOf } from '../../derive/labels.ts';
import { html } from '../../render/html.ts';
import { moduleView } from '../../render/views.ts';
import { collections } from '../../schemas/index.ts';
import { entryBase, entryLinks, entryTags, type IndexedEntryPage, type LinkGroup } from '../entries/index.ts';
import { modulesOf, neighbours } from './course-modules.ts';

type Module = CollectionEntry<'modules'>;

export interface ModulePage extends IndexedEntryPage {
  /** «Module · Course», the document's title. */
  documentTitle: string;
  course: Link;
  /** The shared article (src/render), with its body, related and nav slots. */
  article: string;
  links: LinkGroup[];
  previous?: Link;
  next?: Link;
  /** Its videos need the player's script even when the body holds none. */
  hasVideos: boolean;
}

export interface ModulePageProps {
  entry: Module;
  course: CollectionEntry<'courses'>;
  previous?: Module;
  next?: Module;
}

export async function modulePagePaths() {
  const modules = await published('modules');
  const courses = await published('courses');
  return courses.flatMap((course) => {
    const ordered = modulesOf(modules, course.id);
    return ordered.map((entry) => ({
      params: { course: course.id, module: `modulo-${entry.data.order}` },
      props: { entry, course, ...neighbours(ordered, entry) } satisfies ModulePageProps,
    }));
  });
}

export async function loadModulePage({ entry, course, previous, next }: ModulePageProps): Promise<ModulePage> {
  const d = entry.data;
  const tax = await taxonomies();
  const L = labelsOf('modules');
  const neighbour = (m: Module | undefined) => m && { href: moduleHref(course.id, m.data.order), title: m.data.title };
  const before = neighbour(previous);
  const after = neighbour(next);
  return {
    ...(await entryBase(entry)),
    tags: entryTags(tax, collections.modules.labelSingular, { themes: course.data.themes }),
    documentTitle: `${d.title} · ${course.data.title}`,
    course: { href: entryHref('courses', course.id), title: course.data.title },
    article: html(moduleView(tax.render, d, course.data.title)),
    links: await entryLinks([
      { collection: 'practices', label: L('practices'), refs: d.practices },
      { collection: 'lessons', label: L('lessons'), refs: d.lessons },
    ]),
    ...(before ? { previous: before } : {}),
    ...(after ? { next: after } : {}),
    hasVideos: d.videos.length > 0,
  };
}
