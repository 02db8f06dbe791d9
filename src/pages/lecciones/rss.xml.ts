import type { APIRoute } from 'astro';
import { buildFeed, rssResponse } from '../../lib/feeds.ts';
import { rssXml } from '../../lib/rss.ts';

export const GET: APIRoute = async ({ site }) => rssResponse(rssXml(await buildFeed(site!, { collection: 'lessons' })));
