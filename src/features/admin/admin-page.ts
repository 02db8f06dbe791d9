/** What the CMS page at /admin/ is given (loaded by load-admin-page.ts). */
export interface AdminPageModel {
  /** The CMS config as JSON, safe inside a script element. */
  config: string;
  /** The bundled CMS app's script, when built. */
  entry?: string;
  /** Messages for entries the editing server left out. */
  skipped: string[];
}
