/**
 * The render context of the built site, minus taxonomy terms (`taxonomies().render` adds them):
 * schema words and file sizes read from `public/`. Build side only.
 */
import { servedFileSize } from '../lib/file-size.ts';
import type { RenderContext } from './context.ts';
import { siteWords } from './site-words.ts';

export const siteRender: RenderContext = {
  words: siteWords,
  term: () => undefined,
  sizeOf: (href) => servedFileSize(href),
};
