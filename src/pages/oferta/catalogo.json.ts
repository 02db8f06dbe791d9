/**
 * The offer catalogue for the island of /oferta/, fetched on first use: see
 * src/features/catalogue/catalogue-data.ts for its shape. Not linked from pages, nor in the sitemap.
 */
import type { APIRoute } from 'astro';
import { offerCatalogue } from '../../features/catalogue/index.ts';

export const GET: APIRoute = async () => {
  const { data } = await offerCatalogue();
  return new Response(JSON.stringify(data()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
