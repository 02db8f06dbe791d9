import type { APIRoute } from 'astro';
import { jsonResponse, loadDataCatalogue } from '../../features/publishing/index.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(await loadDataCatalogue(site!), 'application/ld+json');
