// Term names for the CMS preview (src/render/term-names.ts): the same names and links the pages show.
import type { APIRoute } from 'astro';
import { loadTermNames } from '../../features/admin/index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadTermNames()), { headers: { 'Content-Type': 'application/json' } });
