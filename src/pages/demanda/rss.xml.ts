import type { APIRoute } from 'astro';
import { loadNeedFeed } from '../../features/demand/index.ts';
import { feedResponse } from '../../features/publishing/index.ts';

/** Every newly published need. */
export const GET: APIRoute = async ({ site }) => feedResponse(await loadNeedFeed(site!, {}));
