import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFeed, rssResponse, type Scope } from '../../../../../../lib/feeds.ts';
import { typedFeedPaths } from '../../../../../../lib/feed-routes.ts';
import { rssXml } from '../../../../../../lib/rss.ts';

export const getStaticPaths = (() => typedFeedPaths('both')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => rssResponse(rssXml(await buildFeed(site!, (props as { scope: Scope }).scope)));
