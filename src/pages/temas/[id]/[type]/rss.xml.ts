import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, loadFeed, typedFeedPaths, type Scope } from '../../../../features/publishing/index.ts';

/** Each type of content on one theme. */
export const getStaticPaths = (() => typedFeedPaths('theme')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) =>
  feedResponse(await loadFeed(site!, (props as { scope: Scope }).scope));
