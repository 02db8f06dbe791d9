/**
 * How a body's Markdown is read for drawing: MDX's syntax (JSX, `{…}`, no indented code or raw
 * HTML) plus GFM, as remark-mdx and the build read it. Shared by the renderer (`body.ts`) and by
 * the personal-data check, which scans the text readers will read, not the source lines.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxExpressionFromMarkdown } from 'mdast-util-mdx-expression';
import { mdxJsxFromMarkdown } from 'mdast-util-mdx-jsx';
import { gfm } from 'micromark-extension-gfm';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { mdxMd } from 'micromark-extension-mdx-md';

/**
 * MDX's syntax (JSX, `{…}`, no indented code or raw HTML) plus GFM, as remark-mdx and the build
 * read it, built from the micromark parts directly: remark-mdx would bring acorn (~100 KB gzip)
 * to check the JavaScript inside expressions, which the preview never runs. Without it an
 * `import`/`export` line reads as a paragraph of text; the check rejects it either way.
 */
export const parseBody = (markdown: string): Root =>
  fromMarkdown(markdown, {
    extensions: [mdxJsx(), mdxExpression(), mdxMd(), gfm()],
    mdastExtensions: [mdxJsxFromMarkdown(), mdxExpressionFromMarkdown(), gfmFromMarkdown()],
  });
