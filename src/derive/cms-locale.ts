/**
 * Decap's phrase tree for `locale: 'es'`, built from the CMS dictionary (src/i18n/decap-es.ts).
 * The dictionary writes placeholders and plural forms the way the site's dictionary does
 * (`{fieldLabel}`, `{ one, other }` with `{n}`); Decap (Polyglot) wants `%{fieldLabel}` and
 * `one |||| other` with `%{smart_count}`. Runs at build time: the admin page embeds the result,
 * so the bundle carries neither the dictionary nor a Decap locale.
 */
import type { PluralForms } from '../i18n/es.ts';
import { decapEs } from '../i18n/decap-es.ts';

export type PhraseTree = { [key: string]: string | PhraseTree };

const polyglot = (text: string) =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => `%{${name === 'n' ? 'smart_count' : name}}`);

export function decapPhrases(dictionary: Record<string, string | PluralForms> = decapEs): PhraseTree {
  const root: PhraseTree = {};
  for (const [key, value] of Object.entries(dictionary)) {
    const path = key.split('.');
    let node = root;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as PhraseTree;
    // Spanish has two forms for Polyglot: one, and everything else.
    node[path.at(-1)!] =
      typeof value === 'string'
        ? polyglot(value)
        : [value.one ?? value.other, value.other].map(polyglot).join(' |||| ');
  }
  return root;
}
