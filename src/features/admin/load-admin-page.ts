/**
 * The CMS page's data: the config generated from the schemas (cms/settings.ts), the bundled
 * app's entry (built apart into /admin/cms/ by `npm run build:cms`, see
 * src/integrations/cms-bundle.ts: Astro's own build never holds Decap in memory) and, under
 * `npm run cms`, the entries the dev server left out for errors.
 */
import { adminSettings } from '../../../cms/settings.ts';
import { readCmsRecord } from '../../integrations/cms-bundle.ts';
import { readSkipped } from '../../mdx/skip-invalid-in-dev.ts';
import type { AdminPageModel } from './admin-page.ts';

export function loadAdminPage(root: string = process.cwd()): AdminPageModel {
  const { repositoryDir: _repositoryDir, ...embedded } = adminSettings(root);
  return {
    // `<` escaped so no value can close the script element it sits in.
    config: JSON.stringify(embedded).replace(/</g, '\\u003c'),
    // The build stops earlier without a bundle (cms-bundle integration); dev warns and serves the page bare.
    entry: readCmsRecord(root)?.entry,
    // Under `npm run cms`, entries the dev server left out for errors (src/mdx/skip-invalid-in-dev.ts), so editors see what to fix.
    skipped: process.env.CMS_LOCAL_BACKEND ? readSkipped(root).map((e) => e.message) : [],
  };
}
