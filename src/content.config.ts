// Collections = loaders over content/ (MDX bodies checked at sync, src/mdx/content-loader.ts) + the schemas in src/schemas.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir.ts';
import { mdxLoader } from './mdx/content-loader.ts';
import { skipInvalidInDev } from './mdx/skip-invalid-in-dev.ts';
import { collections as registry, collectionNames, entryId, extensionsOf } from './schemas/index.ts';
import type { CollectionName, SchemaContext } from './schemas/context.ts';
import type { AstroCollections } from './schemas/index.ts';

// Validation messages in Spanish, for editors reading the build output.
z.config(z.locales.es());

// CONTENT_DIR lets tests and benchmarks build a temporary copy of the content tree.
const contentRoot = contentDir(process.cwd());

function define(name: CollectionName) {
  const { folder, format, schema } = registry[name];
  const base = `${contentRoot}/${folder}`;
  const exts = extensionsOf(format);
  return defineCollection({
    // In dev an invalid entry is left out with a message, so `npm run cms` can start and fix it; the build still fails.
    loader: skipInvalidInDev(
      format === 'mdx'
        ? mdxLoader({ base, idOf: entryId })
        : glob({ base, pattern: exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`, generateId: ({ entry }) => entryId(entry) }),
      name,
    ),
    // Astro's reference() and image() have the shapes SchemaContext describes.
    schema: ({ image }) => schema({ reference, image } as unknown as SchemaContext),
  });
}

// Annotated, not inferred: Astro's reference() type refers back to this export.
export const collections: AstroCollections = Object.fromEntries(collectionNames.map((name) => [name, define(name)])) as unknown as AstroCollections;
