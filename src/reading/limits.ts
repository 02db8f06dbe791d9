/**
 * Bounds on what one content file may hold. Content arrives from many hands through the CMS,
 * so every size is bounded before any parser sees it: the reader, the check and the build
 * refuse the same things with the same Spanish words. The numbers come from the domain (the
 * longest real entry is about 20 KB) with room to spare, not from what a parser survives.
 */
import { BODY_DEPTH_MAX } from '../render/tree-depth.ts';

export const limits = {
  /** Bytes of one content file: front matter and body together. */
  fileBytes: 256 * 1024,
  /** Characters of an MDX body (about 8,000 words: a long practice told step by step). */
  bodyChars: 60_000,
  /** Nesting of blocks in a body: quotes inside quotes, lists in lists, Recuadro in Recuadro. */
  bodyDepth: BODY_DEPTH_MAX,
  /** Nesting of YAML maps and lists in front matter: the deepest schema has 4 levels. */
  yamlDepth: 8,
} as const;

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('es-CO')} KB`;
export const limitWords = {
  fileBytes: kb(limits.fileBytes),
  bodyChars: limits.bodyChars.toLocaleString('es-CO'),
};
