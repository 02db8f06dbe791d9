/**
 * Finds each entry's related entries (relatedEntries) in a process of its own. The lunr index
 * of 10,000 entries is ~150 MB while it lives; built inside the site's build, it was the build's
 * peak: V8 sizes the heap to a multiple of what is alive when it collects, so those 150 MB,
 * alive for the 30 s the matching takes, raised the build's resident memory by 350 MB on a quiet
 * machine and by 1.5 GB on a busy one, and the heap never gave it back. In a child process the
 * index lives and dies apart; the build holds only the answer, a few ids per entry.
 *
 * The child runs related-child.ts, which imports nothing but the matching (Node strips its types).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildError, RelatedProcessFailed } from '../../core/errors/index.ts';
import type { RelatedDoc } from './related.ts';

/** The script's path from the project root: inside the build, this module's own URL is a bundle's. */
export const RELATED_SCRIPT = 'src/features/related/related-child.ts';

export function relatedInChildProcess(
  docs: readonly RelatedDoc[],
  limit: number,
  root: string = process.cwd(),
): Promise<Map<string, string[]>> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        // Default from Node 22.18 on; the engines field allows 22.12.
        '--experimental-strip-types',
        '--disable-warning=ExperimentalWarning',
        join(root, RELATED_SCRIPT),
      ],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, RELATED_LIMIT: String(limit) },
      },
    );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(buildError(RelatedProcessFailed, 'an error', error.message)));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        const output = Buffer.concat(err).toString('utf8').trim().slice(-2000) || '(no output)';
        reject(buildError(RelatedProcessFailed, signal ?? code ?? 'an unknown status', output));
        return;
      }
      resolve(new Map(JSON.parse(Buffer.concat(out).toString('utf8')) as [string, string[]][]));
    });
    child.stdin.end(JSON.stringify(docs));
  });
}
