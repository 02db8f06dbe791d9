// «Descargar todo»: the course's materials in one ZIP (src/features/training/course-archive.ts), for courses with two files or more.
import type { APIRoute, GetStaticPaths } from 'astro';
import { courseArchivePaths, loadCourseArchive } from '../../../features/training/index.ts';

export const getStaticPaths = (() => courseArchivePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await loadCourseArchive(params.course!)) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/zip' },
  });
