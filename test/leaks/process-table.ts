/**
 * The processes and listening ports of this machine, read from Linux's /proc, so the leak
 * checks can name what a test run left behind: a process by its command line, a server by the
 * ports it listens on. Elsewhere (no /proc) every list is empty and the checks pass.
 */
import { existsSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Process group: a leaked server and its helpers are killed together through it. */
  pgid: number;
  command: string;
  /** TCP ports it listens on. */
  ports: number[];
}

const PROC = '/proc';

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** inode → port of every listening TCP socket (IPv4 and IPv6). */
function listeningSockets(): Map<string, number> {
  const sockets = new Map<string, number>();
  for (const table of ['net/tcp', 'net/tcp6']) {
    for (const line of (read(`${PROC}/${table}`) ?? '').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEX_IP:HEX_PORT; state 0A is LISTEN.
      if (fields[3] !== '0A') continue;
      sockets.set(fields[9]!, parseInt(fields[1]!.split(':')[1]!, 16));
    }
  }
  return sockets;
}

function portsOf(pid: number, sockets: Map<string, number>): number[] {
  const ports = new Set<number>();
  let fds: string[];
  try {
    fds = readdirSync(`${PROC}/${pid}/fd`);
  } catch {
    return [];
  }
  for (const fd of fds) {
    try {
      const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`${PROC}/${pid}/fd/${fd}`))?.[1];
      const port = inode && sockets.get(inode);
      if (port) ports.add(port);
    } catch {
      // Closed while we looked.
    }
  }
  return [...ports].sort((a, b) => a - b);
}

/** Every live process (zombies, which are gone but not yet reaped, left out). */
export function processes(): ProcessInfo[] {
  if (!existsSync(`${PROC}/self/stat`)) return [];
  const sockets = listeningSockets();
  const list: ProcessInfo[] = [];
  for (const name of readdirSync(PROC)) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`${PROC}/${name}/stat`);
    if (!stat) continue;
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
    const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z' || state === 'X') continue;
    const pid = Number(name);
    const command = (read(`${PROC}/${name}/cmdline`) ?? '').split('\0').filter(Boolean).join(' ');
    list.push({ pid, ppid: Number(ppid), pgid: Number(pgid), command, ports: portsOf(pid, sockets) });
  }
  return list;
}

/** The processes descending from `pid` (children, their children…). */
export function descendantsOf(pid: number, all = processes()): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  const parents = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

/** The processes whose environment holds `name=value`: what a test run started, even once orphaned. */
export function processesWithEnv(name: string, value: string, all = processes()): ProcessInfo[] {
  const wanted = `${name}=${value}`;
  return all.filter((p) => (read(`${PROC}/${p.pid}/environ`) ?? '').split('\0').includes(wanted));
}

/** One line per process: pid, the ports it listens on, its command line (shortened). */
export function formatProcesses(list: ProcessInfo[]): string {
  return list
    .map(
      (p) =>
        `  pid ${p.pid}${p.ports.length ? ` listening on ${p.ports.map((port) => `127.0.0.1:${port}`).join(', ')}` : ''}: ${p.command.slice(0, 200)}`,
    )
    .join('\n');
}

/** Kills each process's group (so a server's own helpers go with it), then the process itself. */
export function killAll(list: ProcessInfo[]): void {
  for (const p of list) {
    for (const target of [-p.pgid, p.pid]) {
      // Never our own group: the test run itself would go with it.
      if (target === -process.pid || (target < 0 && -target === getpgid())) continue;
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

function getpgid(): number {
  const stat = read(`${PROC}/self/stat`);
  return stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) : -1;
}

/** Polls `find` until it returns nothing or `ms` pass: processes told to stop take a moment to exit. */
export async function settle<T>(find: () => T[], ms = 10_000): Promise<T[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const left = find();
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((r) => setTimeout(r, 250));
  }
}
