/**
 * Term names for the CMS preview (src/render/term-names.ts): the same names and links the pages
 * show, and every course's title, drafts included, since editors preview drafts.
 */
import { entriesOf, hrefOfTerm, taxonomies } from '../../core/content.ts';
import { termNames } from '../../render/term-names.ts';

export async function loadTermNames() {
  const tax = await taxonomies();
  const groups = Object.fromEntries(
    Object.entries(tax.all).map(([name, map]) => [
      name,
      [...map.values()].map((term) => ({
        id: term.id,
        name: term.name,
        href: hrefOfTerm(name as keyof typeof tax.all, term),
      })),
    ]),
  );
  const courses = (await entriesOf('courses')).map((c) => ({ id: c.id, name: c.data.title }));
  return termNames({ ...groups, courses });
}
