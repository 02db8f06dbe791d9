/**
 * Where the content tree lives: `content/` unless CONTENT_DIR says otherwise. Tests and
 * benchmarks point the site, the check and the CMS at a temporary copy through it, so they
 * never write into the real `content/`.
 */
import { isAbsolute, join, resolve } from 'node:path';

export const CONTENT_DIR_ENV = 'CONTENT_DIR';

export function contentDir(root: string, env: Record<string, string | undefined> = process.env): string {
  const configured = env[CONTENT_DIR_ENV];
  if (!configured) return join(root, 'content');
  return isAbsolute(configured) ? configured : resolve(root, configured);
}
