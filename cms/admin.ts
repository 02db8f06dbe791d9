/**
 * The admin app: Decap CMS's core with only the widgets and backends the generated config uses
 * (cms/extensions.ts). The config is generated at build time from the schemas
 * (src/derive/cms-config.ts) and embedded in the page as JSON, with the Spanish phrases
 * (src/i18n/decap-es.ts) and the sign-in page's words; this script registers them, the
 * preserving formats, the MDX editor components and the previews, then starts Decap.
 */
import CMS from 'decap-cms-core';
import type { CmsConfig, EditorComponentField as CmsEditorComponentField } from 'decap-cms-core';
import siteCss from '../src/styles/global.css?inline';
import bodyCss from '../src/styles/body.css?inline';
import type { PhraseTree } from '../src/derive/cms-locale.ts';
import previewCss from './preview.css?inline';
import { type ComponentSpec, fromBlock, patternOf, toBlock } from './editor-components.ts';
import { registerExtensions } from './extensions.ts';
import { preservingFormats, type FieldOrder } from './format/preserve.ts';
import type { LoginBrand } from './login.ts';
import { type LocalBackendCheck, startWhenBackendIsOurs } from './local-backend.ts';
import { componentPreviewer, type PreviewSetup, registerPreviews } from './preview.ts';
import { registerValidation } from './validation.ts';

interface EmbeddedConfig {
  config: Record<string, unknown>;
  components: (ComponentSpec & { label: string; fields: unknown[] })[];
  formats: { mdx: string; yaml: string };
  fieldOrders: FieldOrder[];
  preview: PreviewSetup;
  phrases: PhraseTree;
  brand: LoginBrand;
  localBackend?: LocalBackendCheck;
}

const embedded = JSON.parse(document.getElementById('cms-config')!.textContent!) as EmbeddedConfig;

registerExtensions(CMS, embedded.brand);
CMS.registerLocale('es', embedded.phrases);
const formats = preservingFormats(embedded.fieldOrders);
CMS.registerCustomFormat(embedded.formats.mdx, 'mdx', formats.mdx);
CMS.registerCustomFormat(embedded.formats.yaml, 'yaml', formats.yaml);

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
CMS.registerPreviewStyle(bodyCss, { raw: true });
CMS.registerPreviewStyle(previewCss, { raw: true });
registerPreviews(CMS, embedded.preview);

// The check's verdict on each field before saving (cms/validation.ts).
registerValidation(CMS, embedded.config);

// Decap starts only once the local editing server, if any, proves it serves this repository.
void startWhenBackendIsOurs(embedded.localBackend, () => CMS.init({ config: embedded.config as unknown as CmsConfig }));
