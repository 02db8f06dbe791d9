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
import { type LocalBackendCheck, startWhenBackendIsOurs } from './local-backend.ts';
import { componentPreviewer, type PreviewSetup, registerPreviews } from './preview.ts';

interface EmbeddedConfig {
  config: Record<string, unknown>;
  components: (ComponentSpec & { label: string; fields: unknown[] })[];
  formats: { mdx: string; yaml: string };
  preview: PreviewSetup;
  localBackend?: LocalBackendCheck;
}

const embedded = JSON.parse(document.getElementById('cms-config')!.textContent!) as EmbeddedConfig;

CMS.registerLocale('es', es);
CMS.registerCustomFormat(embedded.formats.mdx, 'mdx', mdxPreserving);
CMS.registerCustomFormat(embedded.formats.yaml, 'yaml', yamlPreserving);

const toPreview = componentPreviewer(embedded.preview);
for (const component of embedded.components) {
  CMS.registerEditorComponent({
    id: component.name,
    label: component.label,
    fields: component.fields as CmsEditorComponentField[],
    pattern: patternOf(component),
    fromBlock: (match: RegExpMatchArray) => fromBlock(component, match),
    toBlock: (values: Record<string, string | undefined>) => toBlock(component, values),
    // Drawn from its own source by the body renderer the previews use (src/render/body.ts).
    toPreview: (values: Record<string, string | undefined>) => toPreview(toBlock(component, values)),
  });
}

// Editors see the preview in the site's own stylesheet.
CMS.registerPreviewStyle(siteCss, { raw: true });
CMS.registerPreviewStyle(previewCss, { raw: true });
registerPreviews(CMS, embedded.preview);

void startWhenBackendIsOurs(embedded.localBackend, () => CMS.init({ config: embedded.config as unknown as CmsConfig }));
