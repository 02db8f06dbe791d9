// What the CMS needs to check an entry in the browser as `npm run check` would.
import type { APIRoute } from 'astro';
import { loadValidationContext } from '../../features/admin/index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(loadValidationContext()), { headers: { 'Content-Type': 'application/json' } });
