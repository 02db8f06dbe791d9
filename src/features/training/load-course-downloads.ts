/**
 * What a course offers to download, read once per build for the course page and the archive's
 * endpoint alike, so the size the page shows is the size of the file the build writes.
 */
import { courseArchive, courseMaterials, type CourseArchive, type MaterialRef } from './course-archive.ts';
import { modulesOf } from './course-modules.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { published } from '../../core/content.ts';
import { courseArchiveHref } from '../../core/urls.ts';
import { buildError, CourseNotPublished } from '../../core/errors/index.ts';

export interface CourseDownloads {
  materials: MaterialRef[];
  archive?: CourseArchive & { href: string };
}

export const courseDownloads = oncePerBuild(async (courseId: string): Promise<CourseDownloads> => {
  const course = (await published('courses')).find((c) => c.id === courseId);
  if (!course) throw buildError(CourseNotPublished, courseId);
  const materials = courseMaterials(course, modulesOf(await published('modules'), courseId));
  const archive = courseArchive(courseId, materials, course.data.lastReviewed);
  return { materials, archive: archive && { ...archive, href: courseArchiveHref(courseId) } };
});
