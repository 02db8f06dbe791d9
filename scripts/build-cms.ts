/**
 * `npm run build:cms [-- --if-stale] [-- --watch]`: bundles the CMS admin app into
 * public/admin/cms/ in this process of its own (src/integrations/cms-bundle-build.ts).
 */
import { buildCmsCli } from '../src/integrations/cms-bundle-build.ts';

await buildCmsCli(process.argv.slice(2));
