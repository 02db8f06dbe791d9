// «Descargar todo»: the course's materials in one ZIP (src/lib/course-archive.ts), for courses with two files or more.
import type { APIRoute, GetStaticPaths } from 'astro';
import { courseDownloads } from '../../../lib/course-downloads.ts';
import { published } from '../../../lib/site-content.ts';

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
