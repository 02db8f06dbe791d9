import type { APIRoute, GetStaticPaths } from 'astro';
import { buildFeed, rssResponse, type Scope } from '../../../../features/publishing/index.ts';
import { typedFeedPaths } from '../../../../features/publishing/index.ts';
import { rssXml } from '../../../../features/publishing/index.ts';

export const getStaticPaths = (() => typedFeedPaths('department')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => rssResponse(rssXml(await buildFeed(site!, (props as { scope: Scope }).scope)));
