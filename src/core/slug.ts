/** URL slugs from Spanish names: «Bogotá, D.C.» → «bogota-d-c», «Nariño» → «narino». */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Folds accents and case for matching what people type («Quibdo» finds «Quibdó»). */
export const fold = (text: string) => slugify(text).replace(/-/g, ' ');
