/**
 * The admin app: Decap CMS from npm, bundled by Astro/Vite into /admin only. The config is
 * generated at build time from the schemas (src/derive/cms-config.ts) and embedded in the page
 * as JSON; this script registers the Spanish locale, the preserving formats, the MDX editor
 * components and the previews, then starts Decap with that config.
 */
import CMS from 'decap-cms-app';
import type { CmsConfig, EditorComponentField as CmsEditorComponentField } from 'decap-cms-core';
import { es } from 'decap-cms-locales';
import siteCss from '../src/styles/global.css?inline';
import previewCss from './preview.css?inline';
import { type ComponentSpec, fromBlock, patternOf, toBlock } from './editor-components.ts';
import { mdxPreserving, yamlPreserving } from './format/preserve.ts';
import { componentPreview, registerPreviews } from './preview.ts';

interface EmbeddedConfig {
  config: Record<string, unknown>;
  components: (ComponentSpec & { label: string; fields: unknown[] })[];
  formats: { mdx: string; yaml: string };
  previewCollections: string[];
}

const embedded = JSON.parse(document.getElementById('cms-config')!.textContent!) as EmbeddedConfig;

CMS.registerLocale('es', es);
CMS.registerCustomFormat(embedded.formats.mdx, 'mdx', mdxPreserving);
CMS.registerCustomFormat(embedded.formats.yaml, 'yaml', yamlPreserving);

for (const component of embedded.components) {
  CMS.registerEditorComponent({
    id: component.name,
    label: component.label,
    fields: component.fields as CmsEditorComponentField[],
    pattern: patternOf(component),
    fromBlock: (match: RegExpMatchArray) => fromBlock(component, match),
    toBlock: (values: Record<string, string | undefined>) => toBlock(component, values),
    // The preview pane renders the block with the site's classes (cms/preview.ts).
    toPreview: (values: Record<string, string | undefined>) => componentPreview(component, values),
  });
}

// Editors see the preview in the site's own stylesheet.
CMS.registerPreviewStyle(siteCss, { raw: true });
CMS.registerPreviewStyle(previewCss, { raw: true });
registerPreviews(CMS, embedded.previewCollections);

CMS.init({ config: embedded.config as unknown as CmsConfig });
