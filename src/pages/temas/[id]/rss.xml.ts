import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFeed, rssResponse } from '../../../lib/feeds.ts';
import { rssXml } from '../../../lib/rss.ts';
import { taxonomies } from '../../../lib/site-content.ts';

/** One feed per theme, of everything. */
export const getStaticPaths = (async () =>
  [...(await taxonomies()).all.themes.values()].map((t) => ({ params: { id: t.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => rssResponse(rssXml(await buildFeed(site!, { theme: params.id! })));
