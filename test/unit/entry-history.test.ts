/** An entry's «última modificación» comes from git: the days of its first and last commits, in Bogotá. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyUrl, parseGitLog, readHistories } from '../../src/features/publishing/entry-history.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function commit(repo: string, file: string, text: string, when: string) {
  writeFileSync(join(repo, file), text);
  execFileSync('git', ['-C', repo, 'add', '.']);
  execFileSync('git', ['-C', repo, 'commit', '-q', '-m', `edit ${file}`], {
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_DATE: when,
      GIT_AUTHOR_NAME: 'Red',
      GIT_AUTHOR_EMAIL: 'red@example.org',
      GIT_COMMITTER_NAME: 'Red',
      GIT_COMMITTER_EMAIL: 'red@example.org',
    },
  });
}

describe('entry history from git', () => {
  it('reads created, last changed and the number of changes, newest commit first', () => {
    const log =
      '\u001e2026-11-20T10:00:00-05:00\n\ncontent/practices/a.mdx\n\u001e2026-10-01T09:00:00-05:00\n\ncontent/practices/a.mdx\ncontent/lessons/b.mdx\n';
    const histories = parseGitLog(log);
    expect(histories.get('content/practices/a.mdx')).toEqual({
      created: new Date('2026-10-01'),
      changed: new Date('2026-11-20'),
      changes: 2,
    });
    expect(histories.get('content/lessons/b.mdx')?.changes).toBe(1);
  });

  it('counts the day in Bogotá, not in UTC (a commit at 22:00 in Bogotá is that day)', () => {
    const histories = parseGitLog('\u001e2026-11-21T03:00:00Z\n\nx.mdx\n');
    expect(histories.get('x.mdx')?.changed).toEqual(new Date('2026-11-20'));
  });

  it('reads a real repository, and nothing from a folder outside git', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'historia-'));
    made.push(repo);
    execFileSync('git', ['-C', repo, 'init', '-q']);
    mkdirSync(join(repo, 'content'));
    commit(repo, 'content/a.mdx', 'uno', '2026-01-05T12:00:00-05:00');
    commit(repo, 'content/a.mdx', 'dos', '2026-03-07T12:00:00-05:00');
    commit(repo, 'otro.txt', 'fuera', '2026-04-01T12:00:00-05:00');
    const histories = await readHistories(join(repo, 'content'));
    expect([...histories.keys()]).toEqual([join(repo, 'content/a.mdx')]);
    expect(histories.get(join(repo, 'content/a.mdx'))).toEqual({
      created: new Date('2026-01-05'),
      changed: new Date('2026-03-07'),
      changes: 2,
    });

    const outside = mkdtempSync(join(tmpdir(), 'sin-git-'));
    made.push(outside);
    expect((await readHistories(outside)).size).toBe(0);
  });

  it('links a file’s history on GitHub and GitLab', () => {
    expect(historyUrl({ backend: 'github', repo: 'red/portal', branch: 'main' }, 'content/practices/a b.mdx')).toBe(
      'https://github.com/red/portal/commits/main/content/practices/a%20b.mdx',
    );
    expect(historyUrl({ backend: 'gitlab', repo: 'red/portal', branch: 'main' }, 'content/x.mdx')).toBe(
      'https://gitlab.com/red/portal/-/commits/main/content/x.mdx',
    );
  });
});
