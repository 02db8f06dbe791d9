/**
 * Stands in for `react-dom/server` in the admin bundle (aliased in
 * src/integrations/cms-bundle-build.ts). Decap's Markdown widget imports it only to turn an
 * editor component's preview into HTML when the preview is a React element; ours return HTML
 * strings (cms/preview.ts, `componentPreviewer`), so the ~80 KB gzip server renderer was dead
 * weight. If a component ever returns an element, it says so instead of failing silently.
 */
import { buildError, CmsPreviewElement } from '../../src/core/errors/index.ts';

export function renderToString(): string {
  throw buildError(CmsPreviewElement);
}
