/**
 * Adds profile fields to a territory file an editor may have written by hand, without
 * rewriting it: the text is kept byte for byte (comments, key order, quoting) and the new keys
 * are appended at the end, each written as the portal's other writers write it (`category: "6"`
 * stays text). Only a key already present with an empty value is set in place.
 */
import { isMap, parseDocument, stringify } from 'yaml';

export function withProfileFields(text: string, additions: Record<string, string | number>): string {
  const keys = Object.keys(additions);
  if (keys.length === 0) return text;
  const doc = parseDocument(text);
  // `category:` left empty: appending a second `category` would be a duplicate key.
  const emptyInPlace = isMap(doc.contents) && keys.some((k) => doc.has(k));
  if (emptyInPlace) {
    for (const key of keys) doc.set(key, additions[key]);
    return doc.toString();
  }
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return base + keys.map((key) => stringify({ [key]: additions[key] })).join('');
}
