/**
 * DANE writes names in capitals («SAN JUAN DE PASTO»); the portal writes them as Spanish
 * does: «San Juan de Pasto». Abbreviations with periods («D.C.») keep their capitals.
 */

const SMALL_WORDS = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'e']);

const capitalize = (word: string) => (word ? word[0]!.toLocaleUpperCase('es') + word.slice(1) : word);

function caseWord(word: string, first: boolean): string {
  if (/^(\p{L}\.)+,?$/u.test(word)) return word.toLocaleUpperCase('es');
  const lower = word.toLocaleLowerCase('es');
  if (!first && SMALL_WORDS.has(lower)) return lower;
  // «MIRITÍ-PARANÁ», «(SANTA FÉ)»: capitalise each part after a hyphen or an opening bracket.
  return lower.replace(/(^|[-(/])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase('es'));
}

export function spanishTitleCase(name: string): string {
  const words = name.trim().replace(/\s+/g, ' ').split(' ');
  return words
    .map((w, i) => caseWord(w, i === 0))
    .join(' ')
    .replace(/^./, (c) => capitalize(c));
}
