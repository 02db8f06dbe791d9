import type { APIRoute, GetStaticPaths } from 'astro';
import { loadNeedFeed, needDepartmentFeedPaths, type NeedFeedScope } from '../../../../features/demand/index.ts';
import { feedResponse } from '../../../../features/publishing/index.ts';

/** One feed of new needs per department, beside its page `/demanda/departamento/<code>/`. */
export const getStaticPaths = (() => needDepartmentFeedPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) =>
  feedResponse(await loadNeedFeed(site!, (props as { scope: NeedFeedScope }).scope));
