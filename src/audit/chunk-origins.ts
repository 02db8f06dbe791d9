/**
 * How much of each JavaScript file the build emits is our code and how much is bundled from
 * npm packages. The bundler knows which module every byte of a chunk came from; we record it
 * at build time so the island budget counts only code written in this repository (files in
 * `node_modules/` and bundler-internal helpers are third-party).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Public path of a chunk (`/_astro/x.js`) → rendered bytes by origin, before minification. */
export type ChunkOrigins = Record<string, { own: number; thirdParty: number }>;

/**
 * Written by the quality-gates integration into Astro's cache directory (default
 * `node_modules/.astro/`), one file per output folder: tests build temporary sites next to
 * `dist/`, and each must not overwrite the record of another.
 */
export const chunkOriginsFile = (cacheDir: string, outDir: string) =>
  join(cacheDir, `chunk-origins.${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12)}.json`);

export const isThirdPartyModule = (id: string) => id.includes('/node_modules/') || id.startsWith('\0');

interface OutputLike {
  type: string;
  fileName: string;
  modules?: Record<string, { renderedLength: number }>;
}

export function originsOfBundle(bundle: Record<string, OutputLike>, base = '/'): ChunkOrigins {
  const origins: ChunkOrigins = {};
  for (const output of Object.values(bundle)) {
    if (output.type !== 'chunk' || !output.modules) continue;
    const entry = { own: 0, thirdParty: 0 };
    for (const [id, module] of Object.entries(output.modules))
      entry[isThirdPartyModule(id) ? 'thirdParty' : 'own'] += module.renderedLength;
    origins[`${base}${output.fileName}`] = entry;
  }
  return origins;
}

export function readChunkOrigins(cacheDir: string, outDir: string): ChunkOrigins | undefined {
  const file = chunkOriginsFile(cacheDir, outDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ChunkOrigins) : undefined;
}
