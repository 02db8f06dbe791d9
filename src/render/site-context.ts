/**
 * The render context of the built site, minus taxonomy terms (`taxonomies().render` adds them):
 * schema words and file sizes read from `public/`. Build side only.
 */
import { servedFileSize } from '../core/file-size.ts';
import { mdxAllowlist } from '../mdx/allowlist.ts';
import { bodyNodes } from './body.ts';
import type { RenderContext } from './context.ts';
import { html } from './html.ts';
import { siteWords } from './site-words.ts';

export const siteRender: RenderContext = {
  words: siteWords,
  term: () => undefined,
  sizeOf: (href) => servedFileSize(href),
};

const everyComponent = new Set(Object.keys(mdxAllowlist));

/** An entry's MDX body as the page shows it (checked safe by the content loader before). */
export const siteBodyHtml = (markdown: string, idPrefix = ''): string => html(bodyNodes(siteRender, markdown, everyComponent, idPrefix));
