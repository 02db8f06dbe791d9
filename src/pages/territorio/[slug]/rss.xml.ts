import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, loadFeed, departmentFeedPaths, type Scope } from '../../../features/publishing/index.ts';

/** One feed per department, of everything: a municipality follows its department's feed. */
export const getStaticPaths = (() => departmentFeedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) =>
  feedResponse(await loadFeed(site!, (props as { scope: Scope }).scope));
