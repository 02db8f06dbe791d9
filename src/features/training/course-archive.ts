/**
 * «Descargar todo» for a course: its own materials and its modules' (each file once) in one ZIP,
 * built at build time into `/formacion/<curso>/materiales.zip`. The course page shows the
 * archive's real size, computed from the same bytes the endpoint writes.
 * Only files the portal serves go in; an external link is listed on the page, not archived.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { servedFilePath } from '../../core/file-size.ts';
import { zipArchive } from './zip-archive.ts';
import type { CollectionData } from '../../schemas/types.ts';

export type MaterialRef = CollectionData<'courses'>['materials'][number];

interface WithMaterials {
  data: { materials: MaterialRef[] };
}

/** The course's downloads, then each module's, once each: what a trainer fetches before a session. */
export function courseMaterials(course: WithMaterials, modules: WithMaterials[]): MaterialRef[] {
  const all = [...course.data.materials, ...modules.flatMap((m) => m.data.materials)];
  return all.filter((m, i) => all.findIndex((o) => o.href === m.href) === i);
}

export interface CourseArchive {
  bytes: Uint8Array;
  /** Names inside the archive, in order (`<curso>/<archivo>`). */
  files: string[];
}

/**
 * The archive, or undefined when fewer than two served files would go in (one file is its
 * own download). Names are the files' own names under a folder named after the course.
 */
export function courseArchive(
  courseId: string,
  materials: MaterialRef[],
  modified: Date,
  publicDir?: string,
): CourseArchive | undefined {
  const entries = materials.flatMap((m) => {
    const file = servedFilePath(m.href, publicDir);
    return file ? [{ name: `${courseId}/${basename(file)}`, data: readFileSync(file) }] : [];
  });
  if (entries.length < 2) return undefined;
  return { bytes: zipArchive(entries, modified), files: entries.map((e) => e.name) };
}
