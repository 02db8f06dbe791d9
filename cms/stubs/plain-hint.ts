/**
 * Stands in for `react-markdown` and `remark-gfm` in the admin bundle (aliased in
 * src/integrations/cms-bundle-build.ts). Decap draws each field's hint through a Markdown
 * renderer that keeps only links, bold, italics and strike-through; the portal's hints are
 * plain Spanish sentences written in the schemas (test/unit/cms-admin.test.ts fails on a hint
 * with Markdown in it), so the hint is drawn as the text it is. ~40 KB gzip of Markdown parser
 * saved (the body editor has its own).
 */
import type { ReactNode } from 'react';

export default function PlainHint({ children }: { children?: ReactNode }): ReactNode {
  return children ?? null;
}
