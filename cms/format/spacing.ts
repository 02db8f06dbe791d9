/**
 * Decap's rich-text editor writes Markdown back through its own serialiser, which knows nothing
 * of the blank lines an author chose: a loose list comes back tight (the blank line between
 * items, and after a component block that interrupts a list, disappears), so one typed word
 * rewrites half the file and turns each item's paragraph into bare text. The rich-text view
 * cannot express that spacing, so an editor can never have changed it on purpose.
 *
 * `restoreSpacing` gives back the author's spacing: lines are matched to the original text
 * (unchanged lines by a longest-common-subsequence diff of the non-blank lines, edited lines
 * by position inside a replaced run of the same length), and between two lines that sit next
 * to each other in both texts the original blank lines are used. Lines the editor added,
 * removed, split or merged keep the serialiser's spacing. Pure: unit-tested in Node.
 */

interface Line {
  text: string;
  /** Blank lines (as written, usually "") standing before this line. */
  gap: string[];
}

function linesOf(source: string): { lines: Line[]; tail: string[] } {
  const lines: Line[] = [];
  let gap: string[] = [];
  for (const text of source.split('\n')) {
    if (text.trim() === '') gap.push(text);
    else {
      lines.push({ text, gap });
      gap = [];
    }
  }
  return { lines, tail: gap };
}

/** For each edited line, the index of its counterpart in the original, or -1. */
function counterparts(before: string[], after: string[]): number[] {
  const n = before.length;
  const m = after.length;
  // Longest common subsequence table, from the ends.
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const match = new Array<number>(m).fill(-1);
  let i = 0;
  let j = 0;
  let runBefore = 0;
  let runAfter = 0;
  const closeRun = () => {
    // A replaced run of equal length: the lines were edited in place.
    if (i - runBefore === j - runAfter) for (let k = 0; k < j - runAfter; k++) match[runAfter + k] = runBefore + k;
  };
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      closeRun();
      match[j] = i;
      i++;
      j++;
      runBefore = i;
      runAfter = j;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  i = n;
  j = m;
  closeRun();
  return match;
}

export function restoreSpacing(original: string, edited: string): string {
  if (original === edited) return original;
  const before = linesOf(original);
  const after = linesOf(edited);
  const match = counterparts(
    before.lines.map((l) => l.text),
    after.lines.map((l) => l.text),
  );
  const out: string[] = [];
  after.lines.forEach((line, j) => {
    const i = match[j]!;
    const adjacent = i >= 0 && (j === 0 ? i === 0 : match[j - 1] === i - 1);
    out.push(...(adjacent ? before.lines[i]!.gap : line.gap), line.text);
  });
  const lastMatches = after.lines.length > 0 && match[after.lines.length - 1] === before.lines.length - 1;
  out.push(...(lastMatches || after.lines.length === 0 ? before.tail : after.tail));
  return out.join('\n');
}
