/**
 * What the CMS needs to give, in the browser and before saving, the verdict `npm run check`
 * gives (src/validation/entry.ts): every entry's id, the files served from public/, the
 * institutional domains. Read from the same content folder as the site (CONTENT_DIR in tests
 * and `npm run cms`), through the check's own reading of the files.
 */
import { contentDir } from '../../core/content-dir.ts';
import { publishedContext } from '../../validation/entry-context.ts';

export function loadValidationContext(root: string = process.cwd()) {
  return publishedContext(root, contentDir(root));
}
