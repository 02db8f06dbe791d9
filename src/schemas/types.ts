/**
 * The types the schemas imply, for code that must not run them: the data of each collection as
 * zod infers it, and the dotted paths of its fields (`results.baseline`), so a lookup by a
 * misspelt path fails `npm run typecheck` instead of the build. Types only: `import type` of
 * this module is erased, so the CMS preview (src/render/) gets the checks without the schemas.
 */
import type { z } from 'zod';
import type { CollectionName, EntryReference, ImageMetadataLike } from './context.ts';
import type { collections } from './index.ts';

/** An entry's data as the schema outputs it: references as `{ id, collection }`, days as Date. */
export type CollectionData<C extends CollectionName> = z.output<ReturnType<(typeof collections)[C]['schema']>>;

/** Values a path ends at: nothing inside them has a label of its own. */
type Leaf = string | number | boolean | bigint | Date | EntryReference | ImageMetadataLike | null | undefined;

/** The dotted paths of a data shape; list items are stepped into, as `field()` does. */
type PathsOf<T> = T extends Leaf
  ? never
  : T extends readonly (infer Item)[]
    ? PathsOf<Item>
    : T extends object
      ? { [K in keyof T & string]: K | `${K}.${PathsOf<NonNullable<T[K]>>}` }[keyof T & string]
      : never;

/** Every field path of a collection: `label('practices', 'territorys')` does not type-check. */
export type FieldPath<C extends CollectionName> = PathsOf<CollectionData<C>>;
