import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseTree, mutate, writeTree } from '../helpers/fixture-tree.ts';

const root = join(import.meta.dirname, '../..');
const run = (contentDir: string) => {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/check.ts'), contentDir], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: e.stdout + e.stderr };
  }
};

describe('npm run check', () => {
  it('exits 0 and says so on valid content', () => {
    const { code, output } = run(join(writeTree(baseTree()), 'content'));
    expect(code).toBe(0);
    expect(output).toContain('Contenido válido');
  });

  it('exits 1 and prints each problem with file, line, field and hint, in Spanish', () => {
    const tree = mutate('practices/rendicion-itinerante.mdx', (d) => {
      delete d.whatDidNotWork;
      d.themes = ['no-existe'];
    });
    const { code, output } = run(join(writeTree(tree), 'content'));
    expect(code).toBe(1);
    expect(output).toContain('practices/rendicion-itinerante.mdx');
    expect(output).toContain('whatDidNotWork (Qué no funcionó): Falta este campo obligatorio.');
    expect(output).toMatch(/línea \d+, themes\[0\] \(Temas › n\.º 1\): «no-existe» no existe en Temas/);
    expect(output).toContain('→ Elija un valor que exista');
    expect(output).toMatch(/2 problemas en 1 archivo/);
  });
});
