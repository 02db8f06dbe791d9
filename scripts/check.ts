/**
 * `npm run check`: validates all content with the same schemas the build uses and prints
 * every problem at once, naming file, line and field. Exits 1 when there is any.
 */
import { fileURLToPath } from 'node:url';
import { formatReport } from '../src/validation/report.ts';
import { contentDir } from '../src/core/content-dir.ts';
import { checkContent } from '../src/validation/validate.ts';
import { isError } from '../src/validation/problems.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
// A folder on the command line wins over CONTENT_DIR, which wins over content/.
const { entries, problems } = checkContent(root, process.argv[2] ?? contentDir(root));
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
