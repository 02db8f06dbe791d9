// Term names for the CMS preview (src/render/term-names.ts): the same names and links the pages show.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { hrefOfTerm, taxonomies } from '../../core/content.ts';
import { termNames } from '../../render/term-names.ts';

export const GET: APIRoute = async () => {
  const tax = await taxonomies();
  const groups = Object.fromEntries(
    Object.entries(tax.all).map(([name, map]) => [name, [...map.values()].map((term) => ({ id: term.id, name: term.name, href: hrefOfTerm(name as keyof typeof tax.all, term) }))]),
  );
  const courses = (await getCollection('courses')).map((c) => ({ id: c.id, name: c.data.title }));
  return new Response(JSON.stringify(termNames({ ...groups, courses })), { headers: { 'Content-Type': 'application/json' } });
};
