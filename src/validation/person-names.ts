/**
 * Names of people in text that must stay aggregate (a service evaluation's questions and what
 * participants asked to deepen: fields marked `noPersonNames`). Names cannot be recognised for
 * certain; this reads three signs that a capitalised word is a person's name and nothing else:
 *
 * 1. an honorific or title before it: «Sr.», «Sra.», «Don», «Doña», «Dr.», «Dra.», «Ing.»,
 *    «Lic.», «Prof.», «Señor», «Señora», «Doctor», «Doctora», «Profesor», «Profesora»;
 * 2. a label that introduces one person, with its colon: «nombre:», «nombres:», «participante:»,
 *    «evaluador:», «evaluadora:», followed by a capitalised word;
 * 3. a common given name (the list below, accents optional) followed by a capitalised surname:
 *    «María Gómez», «Juan Pérez», except after «San», «Santa», «Santo», «Puerto», «Villa» or
 *    «Ciudad», which make a place of it («San Juan Nepomuceno»).
 *
 * It cannot catch a surname alone («Gómez pidió…»), a given name outside the list («Yeferson
 * Mosquera»), a name written in lower case, or a nickname; it can take an institution named after
 * a person for one («Francisco José de Caldas» in «Universidad Distrital Francisco José de
 * Caldas»): such text is rewritten with the institution's acronym.
 */

export interface NameFinding {
  text: string;
  index: number;
}

const UPPER = 'A-ZÁÉÍÓÚÑÜ';
const WORD = `[${UPPER}][a-záéíóúñü]+`;

const HONORIFIC = new RegExp(
  `(?<![\\p{L}])(?:Sr|Sra|Srta|Dr|Dra|Ing|Lic|Prof)\\.?\\s+${WORD}|(?<![\\p{L}])(?:[Ss]eñor|[Ss]eñora|[Ss]eñorita|[Dd]on|[Dd]oña|[Dd]octor|[Dd]octora|[Pp]rofesor|[Pp]rofesora)\\s+${WORD}`,
  'gu',
);

const LABELLED = new RegExp(`(?<![\\p{L}])(?:[Nn]ombres?|[Pp]articipante|[Ee]valuadora?)\\s*:\\s*${WORD}`, 'gu');

/** Common Colombian given names, without accents; compared after accents are removed. */
const GIVEN_NAMES = new Set(
  'juan maria jose luis carlos ana jorge andres diana sandra claudia paula laura camilo carolina alejandra alejandro fernando javier oscar sergio ricardo mauricio martha marta gloria luz angela adriana monica natalia daniel david diego felipe gustavo hector jaime julian manuel miguel pedro rafael santiago sebastian valentina victor william yolanda catalina liliana patricia juliana lina beatriz francisco antonio eduardo german hernan ivan nelson omar ruben esperanza fabio alvaro edgar jhon john wilson yesica jessica marcela lucia isabel rosa carmen teresa elena sofia margarita alba nidia'.split(
    ' ',
  ),
);
const PLACE_WORDS = /(?:San|Santa|Santo|Puerto|Villa|Ciudad)\s+$/u;
// The surname is looked ahead at, not consumed, so «Secretaría Juan Pérez» still finds «Juan Pérez».
const PAIR = new RegExp(`(?<![\\p{L}])(${WORD})(?=(\\s+)(${WORD}))`, 'gu');

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Where a text names a person, by the three signs above. */
export function findPersonNames(text: string): NameFinding[] {
  const found: NameFinding[] = [];
  for (const m of text.matchAll(HONORIFIC)) found.push({ text: m[0], index: m.index });
  for (const m of text.matchAll(LABELLED)) found.push({ text: m[0], index: m.index });
  for (const m of text.matchAll(PAIR)) {
    if (!GIVEN_NAMES.has(plain(m[1]!))) continue;
    if (PLACE_WORDS.test(text.slice(0, m.index))) continue;
    if (found.some((f) => m.index >= f.index && m.index < f.index + f.text.length)) continue;
    found.push({ text: `${m[1]}${m[2]}${m[3]}`, index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
