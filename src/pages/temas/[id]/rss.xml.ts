import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFeed, rssResponse } from '../../../features/publishing/index.ts';
import { rssXml } from '../../../features/publishing/index.ts';
import { taxonomies } from '../../../core/content.ts';

/** One feed per theme, of everything. */
export const getStaticPaths = (async () =>
  [...(await taxonomies()).all.themes.values()].map((t) => ({ params: { id: t.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => rssResponse(rssXml(await buildFeed(site!, { theme: params.id! })));
