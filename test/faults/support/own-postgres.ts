import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN = '/usr/lib/postgresql/15/bin';

/** True when PostgreSQL 15's server binaries are installed (the fault suites need their own cluster). */
export const HAVE_POSTGRES_BIN = existsSync(join(BIN, 'initdb'));

export interface OwnPostgres {
  port: number;
  /** URL of a database on this cluster (created by createDatabase). */
  url(db: string): string;
  createDatabase(db: string): Promise<void>;
  /** Stops the server: 'fast' disconnects every session, 'immediate' is a crash. */
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  /** Stops and removes the cluster. */
  destroy(): void;
}

/**
 * A throw-away PostgreSQL 15 cluster on a free port, in a temp dir: the fault
 * suites restart it under load, which they must never do to the shared
 * server on 5432. Runs as the postgres user when the tests run as root.
 */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'coverdesk-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(BIN, cmd), asRoot ? ['-u', 'postgres', '--', join(BIN, cmd), ...args] : args, { stdio: 'pipe' });
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB -c max_connections=60 -c jit=off`;
  const start = () => {
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', opts, '-w', '-t', '120', 'start']);
  };
  start();
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    port,
    url: (db) => `${base}/${db}`,
    async createDatabase(db) {
      const c = new pg.Client({ connectionString: `${base}/postgres` });
      await c.connect();
      try {
        await c.query(`CREATE DATABASE ${db}`);
      } finally {
        await c.end();
      }
    },
    stop(mode = 'fast') {
      run('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '120', 'stop']);
    },
    start,
    destroy() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}
