/**
 * The offer catalogue for the island of /oferta/, fetched on first use: see
 * src/features/catalogue/catalogue-data.ts for its shape. Not linked from pages, nor in the sitemap.
 */
import type { APIRoute } from 'astro';
import { loadCatalogueData } from '../../features/catalogue/index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadCatalogueData()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
