/**
 * The collections whose CMS preview is drawn by the pages' own render functions. Both the
 * preview registry and the word table the admin page embeds read this list, so a collection
 * cannot gain a preview without its labels.
 */
export const PREVIEWED = ['practices', 'lessons', 'offers', 'courses', 'modules', 'agendas'] as const;
export type Previewed = (typeof PREVIEWED)[number];
export const isPreviewed = (name: string): name is Previewed => (PREVIEWED as readonly string[]).includes(name);
