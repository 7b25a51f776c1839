import { sql, type SQL } from 'drizzle-orm';
import { openStorage, type Storage } from '../../../src/storage/db.js';
import { rowsOf } from '../../../src/storage/migrate.js';
import type { FaultClock } from './clock.js';
import { freePort, startOwnPostgres, type OwnPostgres } from './own-postgres.js';
import { spawnCoverdesk, until, type Proc } from './processes.js';

/**
 * What every fault suite starts with: its own PostgreSQL cluster (which it may
 * restart), a `coverdesk` database, one real `coverdesk server` (it applies the
 * migrations, so workers started later find them done) and a pool of the
 * suite's own for fixtures and exact counts. Every process started through
 * the desk gets the same environment (and the suite's clock, when given) and
 * is killed by close().
 */
export interface FaultDesk {
  pgc: OwnPostgres;
  storage: Storage;
  port: number;
  base: string;
  /** The environment every process of this desk gets (DATABASE_URL, PORT, the clock file). */
  env: Record<string, string>;
  server: Proc;
  /** Starts `coverdesk <role>` with the desk's environment plus `extra`. */
  spawn(role: 'server' | 'worker', extra?: Record<string, string>): Proc;
  /** Starts a server (replacing desk.server) and waits until it serves. */
  startServer(extra?: Record<string, string>): Promise<Proc>;
  /** One number from the suite's pool: `SELECT count(*)::int AS n …`. */
  count(q: SQL): Promise<number>;
  close(): Promise<void>;
}

export async function startFaultDesk(opts: { env?: Record<string, string>; server?: Record<string, string>; clock?: FaultClock } = {}): Promise<FaultDesk> {
  const pgc = await startOwnPostgres();
  await pgc.createDatabase('coverdesk');
  const port = await freePort();
  const env: Record<string, string> = {
    DATABASE_URL: pgc.url('coverdesk'),
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ...(opts.clock ? { FAULT_CLOCK_FILE: opts.clock.file } : {}),
    ...opts.env,
  };
  const procs: Proc[] = [];
  const spawn = (role: 'server' | 'worker', extra: Record<string, string> = {}) => {
    const p = spawnCoverdesk(role, { ...env, ...extra });
    procs.push(p);
    return p;
  };
  const desk: FaultDesk = {
    pgc,
    storage: null as unknown as Storage,
    port,
    base: `http://127.0.0.1:${port}`,
    env,
    server: null as unknown as Proc,
    spawn,
    async startServer(extra = {}) {
      const p = spawn('server', { ...opts.server, ...extra });
      await until('the server', () => p.output().includes('Coverdesk is serving') || !p.alive(), 120_000);
      if (!p.alive()) throw new Error(`coverdesk server ended:\n${p.output()}`);
      desk.server = p;
      return p;
    },
    count: async (q) => rowsOf<{ n: number }>(await desk.storage.db.execute(q))[0]!.n,
    async close() {
      for (const p of procs) if (p.alive()) p.child.kill('SIGKILL');
      await desk.storage?.close().catch(() => undefined);
      pgc.destroy();
    },
  };
  try {
    await desk.startServer();
    desk.storage = await openStorage({ databaseUrl: pgc.url('coverdesk'), dataDir: '', poolSize: 2 });
  } catch (e) {
    await desk.close();
    throw e;
  }
  return desk;
}

/** Signs a contact in on the portal API; returns the headers a state-changing request needs. */
export async function portalLogin(base: string, email: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'correct horse battery staple' }) });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cd_session='))!.split(';')[0]!;
  return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
}

export interface Filed {
  /** 0: no answer (connection cut). */
  status: number;
  id: string | null;
}

/** Files a portal ticket with an Idempotency-Key; a cut connection is status 0, never a throw. */
export function fileTicket(base: string, auth: Record<string, string>, t: { key: string; subject: string; severity?: string }): Promise<Filed> {
  return fetch(`${base}/api/v1/portal/tickets`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': t.key },
    body: JSON.stringify({ subject: t.subject, body: 'filed during a fault', severity: t.severity ?? 'major' }),
    signal: AbortSignal.timeout(30_000),
  }).then(
    async (r) => ({ status: r.status, id: r.status === 201 ? ((await r.json()) as { id: string }).id : null }),
    () => ({ status: 0, id: null }),
  );
}

/** Tickets per subject among those whose subject starts with `prefix`: exactly one each is the promise. */
export const ticketsPerSubject = (prefix: string) => sql`SELECT subject, count(*)::int AS n FROM tickets WHERE subject LIKE ${`${prefix}%`} GROUP BY subject`;
