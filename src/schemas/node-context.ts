/**
 * The Node side of SchemaContext: the same output shapes Astro produces, with no Astro
 * runtime. Whether a reference points at an existing entry, and whether an image file
 * exists, are checked by `src/validation` over the whole content tree.
 */
import { z } from 'zod';
import type { CollectionName, EntryReference, ImageMetadataLike, SchemaContext } from './context.ts';

export const nodeContext: SchemaContext = {
  reference: <C extends CollectionName>(collection: C) =>
    z
      .string()
      .min(1)
      .transform((id): EntryReference<C> => ({ id, collection })) as unknown as z.ZodType<EntryReference<C>>,
  // Node keeps the path as written; the check resolves it against the entry's folder.
  image: () => z.string().min(1) as unknown as z.ZodType<ImageMetadataLike>,
};
