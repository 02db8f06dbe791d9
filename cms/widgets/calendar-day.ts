/**
 * A calendar day as editors type it (dd/mm/aaaa, the Colombian order) and as the files store it
 * (YYYY-MM-DD, what the schemas' `date()` reads). Pure, so the date widget's reading of
 * «01/03/2025» is unit-tested: the first of March, never the third of January.
 */

const STORED = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day, month and year with any of / . - between them, or eight digits in a row: a phone's
// numeric keypad may have no separator at all.
const TYPED = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$|^\s*(\d{2})(\d{2})(\d{4})\s*$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether year, month and day name a day that exists (no 31 April, no 29 February 2025). */
function exists(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** «1/3/2025» → «2025-03-01»; undefined when the text is not a day that exists. */
export function storedDay(typed: string): string | undefined {
  const match = TYPED.exec(typed) ?? undefined;
  if (match) {
    const [day, month, year] = [
      Number(match[1] ?? match[4]),
      Number(match[2] ?? match[5]),
      Number(match[3] ?? match[6]),
    ];
    return exists(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  // A stored value pasted as is is a day too.
  const stored = STORED.exec(typed.trim());
  return stored && exists(Number(stored[1]), Number(stored[2]), Number(stored[3])) ? typed.trim() : undefined;
}

/** «2025-03-01» → «01/03/2025»; anything else (a half-typed day) is shown as it is. */
export function typedDay(stored: string): string {
  const match = STORED.exec(stored);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : stored;
}

export const isStoredDay = (value: string) => STORED.test(value) && storedDay(value) === value;
