import type { APIRoute } from 'astro';
import { feedResponse, loadFeed } from '../../features/publishing/index.ts';

export const GET: APIRoute = async ({ site }) => feedResponse(await loadFeed(site!, { collection: 'practices' }));
