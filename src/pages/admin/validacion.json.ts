// What the CMS needs to check an entry in the browser as `npm run check` would.
import type { APIRoute } from 'astro';
import { loadValidationContext } from '../../features/admin/index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadValidationContext()), { headers: { 'Content-Type': 'application/json' } });
