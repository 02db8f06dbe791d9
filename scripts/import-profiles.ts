/**
 * `npm run import:profiles -- <archivo.csv> [carpeta-content]`: loads municipal initial-capacity
 * profiles (PDET subregion, Ley 617 category, DNP MDM group and year) from a CSV keyed by
 * DIVIPOLA code into content/taxonomies/territories (or CONTENT_DIR). Prints what it added,
 * updated and skipped; on a malformed file prints every problem with its line, writes nothing
 * and exits 1. The columns are documented in src/features/territory/import/README.md.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../src/core/content-dir.ts';
import { importProfiles } from '../src/features/territory/node.ts';

const [file, contentArg] = process.argv.slice(2);
if (!file) {
  console.error('Indique el archivo de perfiles: npm run import:profiles -- ruta/perfiles.csv');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const content = contentArg ? resolve(contentArg) : contentDir(root);

const report = importProfiles({ file: resolve(file), contentDir: content });
if (report.problems.length) {
  console.error(`${file}: el archivo no se importó; no se escribió nada. Problemas (${report.problems.length}):`);
  for (const p of report.problems.slice(0, 50)) console.error(`  línea ${p.line}: ${p.message}`);
  if (report.problems.length > 50) console.error(`  … y ${report.problems.length - 50} más.`);
  process.exit(1);
}
const list = (codes: string[]) =>
  codes.length ? `: ${codes.slice(0, 12).join(', ')}${codes.length > 12 ? ', …' : ''}` : '';
const absent = report.skipped.filter((s) => s.why === 'absent');
const kept = report.skipped.filter((s) => s.why === 'kept');
console.log(`${file}: ${report.rows} filas leídas.`);
console.log(`  Añadidos: ${report.added.length}${list(report.added)}`);
console.log(`  Actualizados (campos que faltaban): ${report.updated.length}${list(report.updated)}`);
console.log(`  Sin cambios (ya tenían esos valores): ${report.unchanged.length}`);
console.log(`  Omitidos: ${report.skipped.length}`);
for (const s of kept) console.log(`    línea ${s.line}, ${s.code}: ${s.reason}.`);
if (absent.length)
  console.log(
    `    ${absent.length} códigos no están en los territorios del portal (créelos antes, por ejemplo con npm run import:divipola)${list(absent.map((s) => s.code))}`,
  );
