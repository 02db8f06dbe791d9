/**
 * Which repository an editing server serves. The admin page carries the identity of the
 * checkout it was rendered from; the editing server adds its own to its `info` answer; the
 * admin refuses to start on a mismatch. Without it, an admin whose backend port was taken by
 * another checkout's server saved into that other folder.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';

/** A short fingerprint of the repository folder's real path (the page need not show the path). */
export function repositoryIdentity(repositoryDir: string): string {
  return createHash('sha256').update(realpathSync(repositoryDir)).digest('hex').slice(0, 32);
}
