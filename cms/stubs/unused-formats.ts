/**
 * Stands in for the parsers of the file formats Decap supports and this portal does not use
 * (aliased in src/integrations/cms-bundle-build.ts): `gray-matter` (with js-yaml 3 and its
 * JavaScript parser) for Decap's own front-matter format, `@iarna/toml` and `tomlify` for TOML.
 * Every collection of the generated config names one of the portal's formats
 * (cms/format/preserve.ts, `CMS_FORMATS`; test/unit/cms-admin.test.ts holds it), so Decap
 * never calls these. ~30 KB gzip saved; a call would fail with a reason.
 */
import { buildError, CmsUnusedFormat } from '../../src/core/errors/index.ts';

function unused(): never {
  throw buildError(CmsUnusedFormat);
}
export default unused;
