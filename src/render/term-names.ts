/**
 * Taxonomy terms (and course titles) as the CMS preview needs them: id → [name, page]. The
 * admin page fetches this once (`/admin/terminos.json`), so a preview shows «Quibdó» and
 * links it where the page would, instead of the id the form holds.
 */
import type { RenderContext, TermLink } from './context.ts';

export type TermNames = Record<string, Record<string, [string] | [string, string]>>;

export function termNames(groups: Record<string, Iterable<{ id: string } & TermLink>>): TermNames {
  const out: TermNames = {};
  for (const [group, terms] of Object.entries(groups)) {
    out[group] = {};
    for (const term of terms) out[group][term.id] = term.href ? [term.name, term.href] : [term.name];
  }
  return out;
}

export function termLookup(names: TermNames): RenderContext['term'] {
  return (group, id) => {
    const found = names[group]?.[id];
    return found && (found[1] ? { name: found[0], href: found[1] } : { name: found[0] });
  };
}
