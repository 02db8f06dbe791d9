import type { APIRoute } from 'astro';
import { buildFeed, rssResponse } from '../../features/publishing/index.ts';
import { rssXml } from '../../features/publishing/index.ts';

export const GET: APIRoute = async ({ site }) => rssResponse(rssXml(await buildFeed(site!, { collection: 'practices' })));
