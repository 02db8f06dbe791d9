/**
 * What a download costs: the size of a file the portal serves, read from `public/` at build
 * time, so a trainer on a slow connection knows before tapping.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of a site path (`/materiales/guia.pdf`) under `publicDir`; undefined for external links or missing files. */
export function servedFileSize(href: string, publicDir = join(process.cwd(), 'public')): number | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  try {
    const stat = statSync(join(publicDir, decodeURIComponent(href.split(/[?#]/)[0]!)));
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}
