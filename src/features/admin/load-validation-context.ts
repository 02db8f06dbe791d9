/**
 * What the CMS needs to give, in the browser and before saving, the verdict `npm run check`
 * gives (src/validation/entry.ts): every entry's id, drafts included, the targets of each SDG,
 * the files served from public/, the institutional domains. The ids come from the content layer, whose loader reads
 * each file with the check's own reading (src/reading/), so an entry the check cannot read is
 * missing from both.
 */
import { entriesOf } from '../../core/content.ts';
import { collectionNames } from '../../schemas/index.ts';
import { contentDir } from '../../core/content-dir.ts';
import { publishedContext, publishedContextOf } from '../../validation/entry-context.ts';
import { sdgTargetsOf } from '../../validation/sdg-targets.ts';

export async function loadValidationContext(root: string = process.cwd()) {
  // The dev server (`npm run cms`) reads the disk on each request, as before: there the content
  // layer can lag behind a branch the editing server checked out for a moment.
  if (!import.meta.env.PROD) return publishedContext(root, contentDir(root));
  const ids = Object.fromEntries(
    await Promise.all(
      collectionNames.map(async (name) => [name, new Set((await entriesOf(name)).map((e) => e.id))] as const),
    ),
  );
  const goals = (await entriesOf('sdg')).map((e) => ({ collection: 'sdg' as const, id: e.id, data: e.data }));
  return publishedContextOf(root, ids, sdgTargetsOf(goals));
}
