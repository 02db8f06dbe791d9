import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, loadFeed, themeFeedPaths, type Scope } from '../../../features/publishing/index.ts';

/** One feed per theme, of everything. */
export const getStaticPaths = (() => themeFeedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) =>
  feedResponse(await loadFeed(site!, (props as { scope: Scope }).scope));
