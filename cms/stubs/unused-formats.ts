/**
 * Stands in for the parsers of the file formats Decap supports and this portal does not use
 * (aliased in src/integrations/cms-bundle-build.ts): `gray-matter` (with js-yaml 3 and its
 * JavaScript parser) for Decap's own front-matter format, `@iarna/toml` and `tomlify` for TOML.
 * Every collection of the generated config names one of the portal's formats
 * (cms/format/preserve.ts, `CMS_FORMATS`; test/unit/cms-admin.test.ts holds it), so Decap
 * never calls these. ~30 KB gzip saved; a call would fail with a reason.
 */
function unused(): never {
  throw new Error('Este formato de archivo no está en el gestor de contenidos: las colecciones usan los formatos de cms/format/preserve.ts.');
}
export default unused;
