/**
 * What a download costs: the size of a file the portal serves, read from `public/` at build
 * time, so a trainer on a slow connection knows before tapping.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** The file under `publicDir` a site path (`/materiales/guia.pdf`) names; undefined for external links or missing files. */
export function servedFilePath(href: string, publicDir = join(process.cwd(), 'public')): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  try {
    const file = join(publicDir, decodeURIComponent(href.split(/[?#]/)[0]!));
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes of a site path under `publicDir`; undefined for external links or missing files. */
export function servedFileSize(href: string, publicDir?: string): number | undefined {
  const file = servedFilePath(href, publicDir);
  return file === undefined ? undefined : statSync(file).size;
}
