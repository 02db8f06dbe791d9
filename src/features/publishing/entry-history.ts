/**
 * When each content file was created and last changed, read from git rather than from a
 * field: editors forget to update dates, commits never do. One `git log` over the content
 * folder per build serves every page. A tree outside git (benchmarks, temporary test copies)
 * simply has no history, and pages then show none.
 */
import { execFile } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { bogotaDay } from '../../core/bogota-time.ts';
import { contentDir } from '../../core/content-dir.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';

const run = promisify(execFile);

export interface FileHistory {
  /** Bogotá day of the first commit that added the file. */
  created: Date;
  /** Bogotá day of the last commit that touched it. */
  changed: Date;
  /** How many commits touched it. */
  changes: number;
}

/** Where a file's history can be read on the git host, if the portal says where its repository is. */
export interface HistoryHost {
  backend: 'github' | 'gitlab';
  repo: string;
  branch: string;
}

const RECORD = '\u001e';

/**
 * Parses `git log --format=%x1e%cI --name-only` output (newest first) into a map from the
 * paths git prints to their history.
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
  const histories = new Map<string, FileHistory>();
  for (const record of output.split(RECORD)) {
    const [dateLine, ...files] = record.split('\n');
    const instant = new Date(dateLine?.trim() ?? '');
    if (Number.isNaN(instant.getTime())) continue;
    const when = bogotaDay(instant);
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      const known = histories.get(file);
      if (known) {
        known.created = when;
        known.changes += 1;
      } else {
        histories.set(file, { created: when, changed: when, changes: 1 });
      }
    }
  }
  return histories;
}

/** The history of every file under `folder`, keyed by absolute path; empty outside git. */
export async function readHistories(folder: string): Promise<Map<string, FileHistory>> {
  try {
    const { stdout: top } = await run('git', ['-C', folder, 'rev-parse', '--show-toplevel']);
    const root = top.trim();
    const { stdout } = await run(
      'git',
      ['-C', root, 'log', '--no-renames', `--format=${RECORD}%cI`, '--name-only', '--', relative(root, folder) || '.'],
      { maxBuffer: 256 * 1024 * 1024 },
    );
    const byPath = new Map<string, FileHistory>();
    for (const [file, history] of parseGitLog(stdout)) byPath.set(resolve(root, file), history);
    return byPath;
  } catch {
    return new Map();
  }
}

/** The page listing a file's commits on the git host, e.g. GitHub's «History» of a file. */
export function historyUrl(host: HistoryHost, pathInRepo: string): string {
  const path = pathInRepo.split('/').map(encodeURIComponent).join('/');
  return host.backend === 'gitlab'
    ? `https://gitlab.com/${host.repo}/-/commits/${encodeURIComponent(host.branch)}/${path}`
    : `https://github.com/${host.repo}/commits/${encodeURIComponent(host.branch)}/${path}`;
}

/** The host is named only when whoever deploys says where the repository is (CMS_REPO). */
export function historyHostFromEnv(env: Record<string, string | undefined>): HistoryHost | undefined {
  if (!env.CMS_REPO) return undefined;
  return {
    backend: env.CMS_BACKEND === 'gitlab' ? 'gitlab' : 'github',
    repo: env.CMS_REPO,
    branch: env.CMS_BRANCH ?? 'main',
  };
}

const histories = oncePerBuild(async () => readHistories(contentDir(process.cwd())));

/** The history of an entry from its `filePath` (relative to the project, as loaders store it). */
export async function entryHistory(filePath: string | undefined): Promise<FileHistory | undefined> {
  if (!filePath) return undefined;
  return (await histories()).get(resolve(process.cwd(), filePath));
}

/** Where to read the entry's full history, when the repository is named. */
export async function entryHistoryUrl(filePath: string | undefined): Promise<string | undefined> {
  const host = historyHostFromEnv(process.env);
  if (!host || !filePath) return undefined;
  try {
    const { stdout } = await run('git', ['-C', process.cwd(), 'rev-parse', '--show-toplevel']);
    return historyUrl(host, relative(stdout.trim(), resolve(process.cwd(), filePath)));
  } catch {
    return undefined;
  }
}

/** What an entry page shows of its file's history: the dates, and the host's page when named. */
export interface EntryHistoryModel extends FileHistory {
  url?: string;
}

/** The history an entry page shows, or undefined for a file git does not know. */
export async function entryHistoryOf(filePath: string | undefined): Promise<EntryHistoryModel | undefined> {
  const history = await entryHistory(filePath);
  if (!history) return undefined;
  const url = await entryHistoryUrl(filePath);
  return url ? { ...history, url } : { ...history };
}
