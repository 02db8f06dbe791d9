/** Content rule: every MDX body passes the safe-MDX check (src/mdx/safety.ts). */
import { type CollectionDefinition, collections } from '../schemas/index.ts';
import { checkMdxBody } from '../mdx/safety.ts';
import { problems as catalogue } from './problems.ts';
import type { ContentRule } from './rules.ts';

export const mdxSafety: ContentRule = ({ raw }) =>
  raw
    .filter((entry) => collections[entry.collection].format === 'mdx')
    .flatMap((entry) =>
      checkMdxBody(entry.body).map((v) => ({
        ...catalogue.unsafeMdx(entry.file, (collections[entry.collection] as CollectionDefinition).body?.label ?? 'Texto', v.reason),
        line: entry.bodyLine + v.line - 1,
      })),
    );
