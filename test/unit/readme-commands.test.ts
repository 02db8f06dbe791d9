/**
 * The README is the first thing a newcomer runs commands from, and a README drifts quietly: a
 * script renamed in package.json or a file moved leaves a command that fails or a path that
 * leads nowhere. Every `npm run …` it names must be a script, and every repository path it names
 * in backticks must exist (generated output and placeholders aside).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const scripts = Object.keys(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

/** `npm run x`, `npm start`, `npm test`, and the bare names a table row lists after one (`bench:3g`). */
function commandsIn(text: string): string[] {
  const named = [...text.matchAll(/\bnpm (?:run ([a-z][\w:-]*)|(start|test)\b)/g)].map((m) => (m[1] ?? m[2])!);
  const listed = [...text.matchAll(/^\| `npm run [^|]*\|/gm)].flatMap((row) =>
    [...row[0].matchAll(/`([a-z][\w-]*:[\w-]+|[a-z]+)`/g)].map((m) => m[1]!),
  );
  return [...new Set([...named, ...listed])];
}

/** Backticked paths that start at a top-level folder of the repository. */
function pathsIn(text: string): string[] {
  const tops = ['src/', 'cms/', 'scripts/', 'test/', 'content/', 'public/', '.ci/', '.github/'];
  const generated = ['public/admin/cms/'];
  return [...text.matchAll(/`([^`\s<>*]+)`/g)]
    .map((m) => m[1]!)
    .filter((p) => tops.some((top) => p.startsWith(top)) && !generated.some((g) => p.startsWith(g)));
}

describe('README', () => {
  it('names only commands that package.json defines', () => {
    const commands = commandsIn(readme);
    expect(commands).toContain('bench:3g');
    expect(commands.filter((name) => !scripts.includes(name))).toEqual([]);
  });

  it('names only paths that exist', () => {
    const paths = pathsIn(readme);
    expect(paths.length).toBeGreaterThan(3);
    expect(paths.filter((p) => !existsSync(join(root, p)))).toEqual([]);
  });

  it('finds a command or a path that does not exist', () => {
    const stale =
      '| `npm run bench:old`, `bench:gone` | … |\nSee `src/lib/cards.ts`, `npm run nope` and what npm puts first.';
    expect(commandsIn(stale).filter((name) => !scripts.includes(name))).toEqual(['bench:old', 'nope', 'bench:gone']);
    expect(pathsIn(stale).filter((p) => !existsSync(join(root, p)))).toEqual(['src/lib/cards.ts']);
  });
});
