/**
 * The data the shared views read, typed from the schemas: the pages pass what the content layer
 * validated, the CMS preview passes an entry while it is being written. So every field may be
 * missing, a reference is an id or `{ id }`, a day a Date or ISO text, a number possibly the text
 * of a form field; but a field name the schema does not have fails the typecheck. Types only
 * (the schema types are erased), so the admin bundle gets no schema code from here.
 */
import type { CollectionName, EntryReference, ImageMetadataLike } from '../schemas/context.ts';
import type { CollectionData } from '../schemas/types.ts';
import type { Day, Ref } from './context.ts';

/** A schema value as a draft may hold it. */
export type Draft<T> = T extends EntryReference
  ? Ref
  : T extends Date
    ? Day
    : T extends ImageMetadataLike
      ? ImageMetadataLike | string
      : T extends number
        ? number | string
        : T extends readonly (infer Item)[]
          ? Draft<Item>[]
          : T extends object
            ? { [K in keyof T]?: Draft<T[K]> }
            : T;

/** A collection's entry data as the views read it (see above). */
export type EntryDraft<C extends CollectionName> = Draft<CollectionData<C>>;
