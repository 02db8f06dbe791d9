/**
 * `npm run import:divipola -- <archivo.csv> [carpeta-content]`: loads DANE's DIVIPOLA file
 * into content/taxonomies/territories. Prints what it added, updated and skipped; on a
 * malformed file prints every problem with its line, writes nothing and exits 1.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDivipola } from '../src/features/territory/node.ts';

const [file, contentArg] = process.argv.slice(2);
if (!file) {
  console.error('Indique el archivo DIVIPOLA: npm run import:divipola -- ruta/divipola.csv');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = resolve(contentArg ?? resolve(root, 'content'));
// A progress line only for a person watching a terminal; logs and tests stay quiet.
const tty = process.stderr.isTTY;
const onProgress = tty
  ? (done: number, total: number) => {
      if (done % 100 === 0 || done === total) process.stderr.write(`\rLeyendo filas: ${done} de ${total}`);
      if (done === total) process.stderr.write('\n');
    }
  : undefined;

const report = importDivipola({ file: resolve(file), contentDir, onProgress });
if (report.problems.length) {
  console.error(`${file}: el archivo no se importó; no se escribió nada. Problemas (${report.problems.length}):`);
  for (const p of report.problems.slice(0, 50)) console.error(`  línea ${p.line}: ${p.message}`);
  if (report.problems.length > 50) console.error(`  … y ${report.problems.length - 50} más.`);
  process.exit(1);
}
const list = (codes: string[]) =>
  codes.length ? `: ${codes.slice(0, 12).join(', ')}${codes.length > 12 ? ', …' : ''}` : '';
console.log(`${file}: ${report.rows} filas leídas.`);
console.log(`  Añadidos: ${report.added.length}${list(report.added)}`);
console.log(`  Actualizados (campos que faltaban): ${report.updated.length}${list(report.updated)}`);
console.log(`  Sin cambios (ya existían; no se sobrescriben): ${report.skipped.length}`);
