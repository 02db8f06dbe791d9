import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFeed, rssResponse } from '../../../features/publishing/index.ts';
import { rssXml } from '../../../features/publishing/index.ts';
import { taxonomies } from '../../../core/content.ts';
import { isDepartmentLevel, territorySlug } from '../../../core/places.ts';

/** One feed per department, of everything: a municipality follows its department's feed. */
export const getStaticPaths = (async () =>
  [...(await taxonomies()).all.territories.values()]
    .filter((t) => isDepartmentLevel(t.id))
    .map((t) => ({ params: { slug: territorySlug({ code: t.id, name: t.name }) }, props: { code: t.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => rssResponse(rssXml(await buildFeed(site!, { department: (props as { code: string }).code })));
