/** Prints problems the way an editor reads them: grouped by file, one line per field. */
import { isError, type Problem } from './problems.ts';

export function formatReport(problems: Problem[], entryCount: number): string {
  if (problems.length === 0) return `✔ Contenido válido: ${entryCount} entradas revisadas, ningún problema.`;
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) {
      const where = [
        p.line ? `línea ${p.line}` : '',
        p.field ? `${p.field}${p.fieldLabel ? ` (${p.fieldLabel})` : ''}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${isError(p) ? '✖' : '⚠'} ${where ? `${where}: ` : ''}${p.message}`);
      if (p.hint) lines.push(`    → ${p.hint}`);
    }
  }
  const files = byFile.size;
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const counted = [
    errors ? `${errors} ${errors === 1 ? 'problema' : 'problemas'}` : '',
    warnings ? `${warnings} ${warnings === 1 ? 'advertencia' : 'advertencias'}` : '',
  ].filter(Boolean);
  lines.push(
    '',
    `${counted.join(' y ')} en ${files} ${files === 1 ? 'archivo' : 'archivos'} (${entryCount} entradas revisadas).`,
  );
  if (!errors) lines.push('Las advertencias no detienen la publicación; revíselas.');
  return lines.join('\n');
}
