// What the CMS needs to give, in the browser and before saving, the verdict `npm run check` gives
// (src/validation/entry.ts): every entry's id, the files served from public/, the institutional
// domains. Read from the same content folder as the site (CONTENT_DIR in tests and `npm run cms`).
import type { APIRoute } from 'astro';
import { contentDir } from '../../core/content-dir.ts';
import { publishedContext } from '../../validation/entry-context.ts';

export const GET: APIRoute = () => {
  const root = process.cwd();
  return new Response(JSON.stringify(publishedContext(root, contentDir(root))), { headers: { 'Content-Type': 'application/json' } });
};
