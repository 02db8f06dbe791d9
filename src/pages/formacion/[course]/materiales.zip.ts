// «Descargar todo»: the course's materials in one ZIP (src/features/training/course-archive.ts), for courses with two files or more.
import type { APIRoute, GetStaticPaths } from 'astro';
import { courseDownloads } from '../../../features/training/index.ts';
import { published } from '../../../core/content.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const course of await published('courses')) {
    if ((await courseDownloads(course.id)).archive) paths.push({ params: { course: course.id } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { archive } = await courseDownloads(params.course!);
  return new Response(archive!.bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } });
};
