/** One entry's MDX body against the safe-MDX check (src/mdx/safety.ts), at the lines of its file. */
import { type CollectionDefinition, collections } from '../schemas/index.ts';
import { checkMdxBody } from '../mdx/safety.ts';
import type { RawEntry } from './load.ts';
import { problems as catalogue, type Problem } from './problems.ts';

/** What the safe-MDX check finds in one entry's body, at the lines of its file. */
export const unsafeMdxIn = (entry: RawEntry): Problem[] =>
  collections[entry.collection].format !== 'mdx'
    ? []
    : checkMdxBody(entry.body).map((v) => ({
        ...catalogue.unsafeMdx(
          entry.file,
          (collections[entry.collection] as CollectionDefinition).body?.label ?? 'Texto',
          v.reason,
        ),
        line: entry.bodyLine + v.line - 1,
      }));
