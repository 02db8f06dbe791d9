/**
 * Builds the site into `outDir` with its own Astro cache (`cacheDir`), for tests that build a
 * copy of the content (CONTENT_DIR): the CLI has no cache flag, and a build of other content
 * into the project's cache would leave its entries there for the next build of the real site.
 *
 *   npx tsx test/helpers/astro-build.ts <outDir> <cacheDir>
 */
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (!outDir || !cacheDir) throw new Error('Uso: astro-build.ts <outDir> <cacheDir>');
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'warn' });
