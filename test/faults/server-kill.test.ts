import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { openStorage, type Storage } from '../../src/storage/db.js';
import { rowsOf } from '../../src/storage/migrate.js';
import { createTicketWorld, type TicketWorld } from '../support/ticket-world.js';
import { freePort, HAVE_POSTGRES_BIN, startOwnPostgres, type OwnPostgres } from './support/own-postgres.js';
import { spawnCoverdesk, until, type Proc } from './support/processes.js';

const N = 48;

/**
 * Issue 14, items 1 and 7: the real `coverdesk server` is killed with SIGKILL
 * while clients file tickets with Idempotency-Key; every client then retries
 * with the same key. Exactly one ticket per key, every retry 201 with the
 * ticket its key made (regression: keys stuck in_flight answered 409 for 24 h,
 * and some of those requests had created their ticket).
 */
describe.skipIf(!HAVE_POSTGRES_BIN)('server killed with SIGKILL, then PostgreSQL restarted, under idempotent load (own cluster)', () => {
  let pgc: OwnPostgres;
  let storage: Storage;
  let server: Proc;
  let world: TicketWorld;
  let port = 0;
  const env = () => ({ DATABASE_URL: pgc.url('coverdesk'), PORT: String(port), LOG_LEVEL: 'warn' });
  beforeAll(async () => {
    pgc = await startOwnPostgres();
    await pgc.createDatabase('coverdesk');
    port = await freePort();
    server = spawnCoverdesk('server', env());
    await until('the server', () => server.output().includes('Coverdesk is serving'), 120_000);
    storage = await openStorage({ databaseUrl: pgc.url('coverdesk'), dataDir: '', poolSize: 2 });
    world = await createTicketWorld({ db: storage.db, clock: manualClock('2026-11-20T10:00:00Z') }, { terms: { ticketsPerYear: null } });
  }, 300_000);
  afterAll(async () => {
    if (server?.alive()) server.child.kill('SIGKILL');
    await storage?.close();
    pgc?.destroy();
  });

  const base = () => `http://127.0.0.1:${port}`;
  const login = async () => {
    const res = await fetch(`${base()}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: world.authorized.email, password: 'correct horse battery staple' }) });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cd_session='))!.split(';')[0]!;
    return { cookie, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken };
  };
  const file = (auth: Record<string, string>, i: number, tag = 'kill') =>
    fetch(`${base()}/api/v1/portal/tickets`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `${tag}-${i}` },
      body: JSON.stringify({ subject: tag === 'kill' ? `Fault ${i}` : `Restart ${i}`, body: 'filed during a fault', severity: 'major' }),
      signal: AbortSignal.timeout(30_000),
    }).then(
      async (r) => ({ status: r.status, id: r.status === 201 ? ((await r.json()) as { id: string }).id : null }),
      () => ({ status: 0, id: null }),
    );

  const filed = async () => rowsOf<{ n: number }>(await storage.db.execute(sql`SELECT count(*)::int AS n FROM tickets WHERE subject LIKE 'Fault %'`))[0]!.n;

  it('one ticket per key, and every retry answers 201 with that ticket', async () => {
    const auth = await login();
    const first: Array<Promise<{ status: number; id: string | null }>> = [];
    for (let i = 0; i < N; i++) first.push(file(auth, i));
    // Once the first tickets are committed, hold the tickets table so requests
    // in hand wait on a write; kill then.
    await until('the first tickets', async () => (await filed()) > 0, 60_000);
    const locker = new pg.Client({ connectionString: pgc.url('coverdesk') });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE tickets IN EXCLUSIVE MODE');
    await until('requests waiting mid-way', async () => (await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'coverdesk'`)).rows[0].n > 0, 60_000);
    server.child.kill('SIGKILL');
    await server.exited;
    await locker.query('COMMIT');
    await locker.end();
    const before = await Promise.all(first);
    expect(before.some((r) => r.status === 0)).toBe(true); // the kill cut some requests off
    await server.exited;
    server = spawnCoverdesk('server', env());
    await until('the server again', () => server.output().includes('Coverdesk is serving'), 120_000);
    const after: Array<{ status: number; id: string | null }> = [];
    for (let i = 0; i < N; i++) after.push(await file(auth, i));
    expect(after.map((r) => r.status)).toEqual(Array(N).fill(201));
    before.forEach((r, i) => {
      if (r.status === 201) expect(after[i]!.id).toBe(r.id);
    });
    const counts = rowsOf<{ subject: string; n: number }>(
      await storage.db.execute(sql`SELECT subject, count(*)::int AS n FROM tickets WHERE subject LIKE 'Fault %' GROUP BY subject`),
    );
    expect(counts).toHaveLength(N);
    expect(counts.every((c) => c.n === 1)).toBe(true);
    const stuck = rowsOf<{ n: number }>(await storage.db.execute(sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE state = 'in_flight'`));
    expect(stuck[0]!.n).toBe(0);
  }, 300_000);

  it('a PostgreSQL restart under the same load: the server lives, every retry answers 201, one ticket per key', async () => {
    const auth = await login();
    const count = async () => rowsOf<{ n: number }>(await storage.db.execute(sql`SELECT count(*)::int AS n FROM tickets WHERE subject LIKE 'Restart %'`))[0]!.n;
    const first: Array<Promise<{ status: number; id: string | null }>> = [];
    for (let i = 0; i < N; i++) first.push(file(auth, i, 'restart'));
    await until('the first tickets', async () => (await count()) > 0, 60_000);
    pgc.stop('fast');
    const before = await Promise.all(first);
    pgc.start();
    expect(server.alive()).toBe(true);
    const after: Array<{ status: number; id: string | null }> = [];
    for (let i = 0; i < N; i++) after.push(await file(auth, i, 'restart'));
    expect(after.map((r) => r.status)).toEqual(Array(N).fill(201));
    before.forEach((r, i) => {
      if (r.status === 201) expect(after[i]!.id).toBe(r.id);
    });
    const counts = rowsOf<{ n: number }>(await storage.db.execute(sql`SELECT count(*)::int AS n FROM tickets WHERE subject LIKE 'Restart %' GROUP BY subject`));
    expect(counts).toHaveLength(N);
    expect(counts.every((c) => c.n === 1)).toBe(true);
    const stuck = rowsOf<{ n: number }>(await storage.db.execute(sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE state = 'in_flight'`));
    expect(stuck[0]!.n).toBe(0);
  }, 300_000);
});
