import type { APIRoute } from 'astro';
import { collectionFeed } from '../../lib/feeds.ts';
import { rssXml } from '../../lib/rss.ts';

export const GET: APIRoute = async ({ site }) => new Response(rssXml(await collectionFeed(site!, 'practices')), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
