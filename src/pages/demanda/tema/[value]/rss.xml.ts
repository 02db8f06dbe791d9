import type { APIRoute, GetStaticPaths } from 'astro';
import { loadNeedFeed, needThemeFeedPaths, type NeedFeedScope } from '../../../../features/demand/index.ts';
import { feedResponse } from '../../../../features/publishing/index.ts';

/** One feed of new needs per theme, beside its page `/demanda/tema/<id>/`. */
export const getStaticPaths = (() => needThemeFeedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) =>
  feedResponse(await loadNeedFeed(site!, (props as { scope: NeedFeedScope }).scope));
