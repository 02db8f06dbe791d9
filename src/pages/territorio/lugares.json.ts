/** The places the search island looks through: names and codes of every territory with a page. */
import type { APIRoute } from 'astro';
import { loadPlaces } from '../../features/territory/index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadPlaces()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
