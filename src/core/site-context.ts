/**
 * The render context of the built site, minus taxonomy terms (`taxonomies().render` adds them):
 * schema words and file sizes read from `public/`. Build side only, so it lives here and not in
 * `src/render/`: the shared render functions run in the CMS preview too, and receive what only
 * the build can know (the schemas' words, the size of a file on disk) through this context.
 */
import { siteWords } from '../derive/site-words.ts';
import { mdxAllowlist } from '../mdx/allowlist.ts';
import { bodyNodes } from '../render/body.ts';
import type { RenderContext } from '../render/context.ts';
import { html } from '../render/html.ts';
import { servedFileSize } from './file-size.ts';

export const siteRender: RenderContext = {
  words: siteWords,
  term: () => undefined,
  sizeOf: (href) => servedFileSize(href),
};

const everyComponent = new Set(Object.keys(mdxAllowlist));

/** An entry's MDX body as the page shows it (checked safe by the content loader before). */
export const siteBodyHtml = (markdown: string, idPrefix = ''): string =>
  html(bodyNodes(siteRender, markdown, everyComponent, idPrefix));
