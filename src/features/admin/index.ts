/**
 * The admin feature's entry point: what the CMS page (/admin/) and its two JSON files
 * (/admin/terminos.json, /admin/validacion.json) are built from. The CMS app itself lives in
 * `cms/`; its page template is imported from `components/` directly.
 */
export * from './admin-page.ts';
export * from './load-admin-page.ts';
export * from './load-term-names.ts';
export * from './load-validation-context.ts';
