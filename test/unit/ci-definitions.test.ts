/**
 * The git hosts' CI definitions run the content check on every pull/merge request, and the
 * command they run fails on a tree with a planted bad entry (and passes on the real one), so a
 * branch protection rule requiring it keeps invalid entries out of main.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const temp = mkdtempSync(join(tmpdir(), 'rt-ci-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Step = { run?: string };
const github = parse(readFileSync(join(root, '.github/workflows/content-check.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
};
const gitlab = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as Record<
  string,
  { rules?: { if: string }[]; script?: string[] }
>;

const githubCommands = Object.values(github.jobs).flatMap((job) =>
  job.steps.map((s) => s.run).filter((r): r is string => !!r),
);
const gitlabJobs = Object.values(gitlab).filter((job) => job && Array.isArray(job.script));

/** The CI's check command run in this checkout against another content tree. */
function runCheck(command: string, contentDir: string): { code: number; output: string } {
  try {
    const output = execSync(command, {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

describe('the content check in the git hosts’ CI', () => {
  it('GitHub runs `npm run check` on pull requests', () => {
    expect(Object.keys(github.on)).toContain('pull_request');
    expect(githubCommands).toContain('npm run check');
  });

  it('GitLab runs `npm run check` on merge requests', () => {
    const job = gitlabJobs.find((j) => j.script!.includes('npm run check'));
    expect(job).toBeDefined();
    expect(job!.rules?.map((r) => r.if).join(' ')).toMatch(/\$CI_PIPELINE_SOURCE == "merge_request_event"/);
  });

  it('the command they run fails on a planted bad entry and passes on the real content', { timeout: 120_000 }, () => {
    const command = githubCommands.find((c) => c.includes('check'))!;
    expect(gitlabJobs.flatMap((j) => j.script!)).toContain(command);
    const content = join(temp, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    expect(runCheck(command, content).code).toBe(0);

    const name = readdirSync(join(content, 'practices')).find((f) => f.endsWith('.mdx'))!;
    const file = join(content, 'practices', name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^maturity: .*$/m, 'maturity: inventada'));
    const { code, output } = runCheck(command, content);
    expect(code).not.toBe(0);
    expect(output).toContain(name);
  });
});
