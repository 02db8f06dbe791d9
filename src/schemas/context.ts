/**
 * Schemas are written once as factories of this context, so the same declaration serves
 * Astro (which passes its own `reference()` and `image()`) and plain Node (the content
 * check, the derivations and the tests), which pass the equivalents in `node-context.ts`.
 */
import type { z } from 'zod';

export type CollectionName =
  | 'practices'
  | 'lessons'
  | 'offers'
  | 'courses'
  | 'modules'
  | 'events'
  | 'agendas'
  | 'plans'
  | 'needs'
  | 'territories'
  | 'regions'
  | 'themes'
  | 'phases'
  | 'capacityLevels'
  | 'valueGroups'
  | 'sectors'
  | 'entities'
  | 'pnd'
  | 'sdg';

/** What a resolved reference looks like, in Astro and in Node alike. */
export interface EntryReference<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/** What Astro's image() resolves a path to. */
export interface ImageMetadataLike {
  src: string;
  width: number;
  height: number;
  format: string;
}

export interface SchemaContext {
  reference: <C extends CollectionName>(collection: C) => z.ZodType<EntryReference<C>>;
  image: () => z.ZodType<ImageMetadataLike>;
}
