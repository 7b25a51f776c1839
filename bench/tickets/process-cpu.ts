/**
 * CPU time of OUR processes only, from /proc (issue 14 item 9): the server
 * process and everything it forked (SERVER_PROCESSES), and the PostgreSQL
 * client backends serving OUR database (pg_stat_activity), never every
 * `postgres` process on the machine (other databases, other benches).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim() || 100);

/** utime + stime of one process in ms, and its parent pid; null when it is gone. */
function stat(pid: number): { cpuMs: number; ppid: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Fields after "(comm)": state ppid … utime(12th) stime(13th); comm may hold spaces.
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS, ppid: Number(f[1]) };
}

/** A process and all its descendants (the cluster's HTTP processes, tsx's helpers). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/** The client backends of database `datname`, except the one asking. */
export async function backendPids(client: pg.Client, datname: string): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    [datname],
  );
  return rows.map((r) => r.pid);
}

/** CPU ms per pid, for the pids still alive. */
export function cpuSnapshot(pids: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const pid of pids) {
    const s = stat(pid);
    if (s) m.set(pid, s.cpuMs);
  }
  return m;
}

/**
 * CPU spent between two snapshots by the pids of `after` (a pid missing from
 * `before` started in between and counts from 0). A process that ended in
 * between is lost: the benches keep their pools open, so none should.
 */
export function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let ms = 0;
  for (const [pid, cpu] of after) ms += cpu - (before.get(pid) ?? 0);
  return ms;
}
