/**
 * `npm run check`: validates all content with the same schemas the build uses and prints
 * every problem at once, naming file, line and field. Exits 1 when there is any.
 */
import { fileURLToPath } from 'node:url';
import { formatReport } from '../src/validation/report.ts';
import { checkContent } from '../src/validation/validate.ts';
import { isError } from '../src/validation/problems.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// A folder argument, or CONTENT_DIR (as the build reads it), checks another content tree.
const contentDir = process.argv[2] ?? process.env.CONTENT_DIR;
const { entries, problems } = checkContent(root, contentDir);
const report = formatReport(problems, entries.length);
if (problems.some(isError)) {
  console.error(report);
  process.exitCode = 1;
} else if (problems.length) {
  // Warnings only (possible duplicates): shown, but the build goes on.
  console.warn(report);
} else {
  console.log(report);
}
