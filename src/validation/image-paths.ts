/**
 * Where an image field may point: a file of an image type inside the content tree. Without this,
 * `/etc/passwd` or `package.json` reached the image pipeline (a stack trace) and
 * `../../../elsewhere/foto.svg` was copied into the published site. Pure string work on the
 * paths as problems name them, with no file access, so the CMS can run it before saving too.
 */
import { IMAGE_EXTENSIONS } from '../schemas/fields.ts';

/** The image types the schema accepts (one list: src/schemas/fields.ts). */
export const IMAGE_EXTENSION = new RegExp(`\\.(?:${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** `a/b/../c` → `a/c`, keeping leading `..` a relative path cannot resolve. */
export function normalisePath(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/**
 * Whether `src`, written in the entry at `entryFile` (both relative to the project root, like
 * `content/practices/x.mdx`), names an image inside `contentFolder` (`content`).
 */
export function isImageInside(entryFile: string, src: string, contentFolder: string): boolean {
  if (src.startsWith('/') || src.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(src) || !IMAGE_EXTENSION.test(src))
    return false;
  const folder = entryFile.slice(0, entryFile.lastIndexOf('/') + 1);
  const target = normalisePath(folder + src);
  const inside = normalisePath(contentFolder);
  return target.startsWith(`${inside}/`);
}
