// Collections = one loader over content/ (files listed and read by src/reading, as the check
// reads them; MDX bodies checked at sync, src/mdx/content-loader.ts) + the schemas in src/schemas.
import { defineCollection, reference } from 'astro:content';
import { z } from 'astro/zod';
import { contentDir } from './core/content-dir.ts';
import { contentLoader } from './mdx/content-loader.ts';
import { collections as registry, collectionNames } from './schemas/index.ts';
import { skipInvalidInDev } from './mdx/skip-invalid-in-dev.ts';
import type { CollectionName, SchemaContext } from './schemas/context.ts';
import type { AstroCollections } from './schemas/index.ts';

// Validation messages in Spanish, for editors reading the build output.
z.config(z.locales.es());

// CONTENT_DIR lets tests and benchmarks build a temporary copy of the content tree.
const contentRoot = contentDir(process.cwd());

function define(name: CollectionName) {
  const { folder, schema } = registry[name];
  return defineCollection({
    // In dev an invalid entry is left out with a message, so `npm run cms` can start and fix it; the build still fails.
    loader: skipInvalidInDev(contentLoader({ collection: name, base: `${contentRoot}/${folder}` }), name),
    // Astro's reference() and image() have the shapes SchemaContext describes.
    schema: ({ image }) => schema({ reference, image } as unknown as SchemaContext),
  });
}

// Annotated, not inferred: Astro's reference() type refers back to this export.
export const collections: AstroCollections = Object.fromEntries(
  collectionNames.map((name) => [name, define(name)]),
) as unknown as AstroCollections;
