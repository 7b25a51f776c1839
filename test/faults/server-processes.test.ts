import { execFileSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { rowsOf } from '../../src/storage/migrate.js';
import { createTicketWorld, type TicketWorld } from '../support/ticket-world.js';
import { fileTicket, portalLogin, startFaultDesk, type FaultDesk, type Filed } from './support/desk.js';
import { HAVE_POSTGRES_BIN } from './support/own-postgres.js';
import { countLogs, until } from './support/processes.js';

const N = 40;

/**
 * Issue 14 item 7: `coverdesk server` with SERVER_PROCESSES=2 (node:cluster,
 * one port) while clients file tickets with Idempotency-Key; one HTTP process
 * is killed with SIGKILL mid-request. The other keeps serving, the dead one is
 * replaced, and every retry with the same key answers 201 with one ticket per key.
 */
describe.skipIf(!HAVE_POSTGRES_BIN)('SERVER_PROCESSES=2 with one HTTP process killed (own cluster, real processes)', () => {
  let desk: FaultDesk;
  let world: TicketWorld;
  beforeAll(async () => {
    desk = await startFaultDesk({ server: { SERVER_PROCESSES: '2' } });
    world = await createTicketWorld({ db: desk.storage.db, clock: manualClock('2026-11-20T10:00:00Z') }, { terms: { ticketsPerYear: null } });
  }, 300_000);
  afterAll(async () => {
    for (const pid of httpPids()) process.kill(pid, 'SIGKILL');
    await desk?.close();
  });

  /** The HTTP processes: the children of the supervising `coverdesk server` process. */
  const httpPids = (): number[] => {
    const primary = desk?.server?.child.pid;
    if (!primary || !desk.server.alive()) return [];
    try {
      return execFileSync('ps', ['-o', 'pid=', '--ppid', String(primary)]).toString().split('\n').map((s) => Number(s.trim())).filter(Boolean);
    } catch {
      return []; // no children
    }
  };
  const filed = () => desk.count(sql`SELECT count(*)::int AS n FROM tickets WHERE subject LIKE 'Cluster %'`);

  it('the other process keeps serving, the killed one is replaced, and no request with Idempotency-Key doubles', async () => {
    const pids = httpPids();
    expect(pids).toHaveLength(2);
    const auth = await portalLogin(desk.base, world.authorized.email);
    const first: Array<Promise<Filed>> = [];
    for (let i = 0; i < N; i++) first.push(fileTicket(desk.base, auth, { key: `cluster-${i}`, subject: `Cluster ${i}` }));
    await until('the first tickets', async () => (await filed()) > 0, 60_000);
    // Hold the tickets table: requests in hand in both processes wait on a write; kill one process then.
    const locker = new pg.Client({ connectionString: desk.pgc.url('coverdesk') });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE tickets IN EXCLUSIVE MODE');
    await until('requests waiting mid-way', async () => (await locker.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'coverdesk'`)).rows[0].n > 1, 60_000);
    process.kill(pids[0]!, 'SIGKILL');
    await until('the supervisor noticing', () => countLogs(desk.server.output(), 'HTTP process exited; starting another') > 0, 30_000);
    await locker.query('COMMIT');
    await locker.end();
    const before = await Promise.all(first);
    expect(before.some((r) => r.status === 0)).toBe(true); // the kill cut requests off
    expect(before.some((r) => r.status === 201)).toBe(true); // the other process answered its own
    // Before the replacement is up, the survivor serves every new request.
    const meanwhile: Filed[] = [];
    for (let i = 0; i < 8; i++) meanwhile.push(await fileTicket(desk.base, auth, { key: `meanwhile-${i}`, subject: `Meanwhile ${i}` }));
    expect(meanwhile.map((r) => r.status)).toEqual(Array(8).fill(201));
    await until('a replacement', () => {
      const now = httpPids();
      return now.length === 2 && !now.includes(pids[0]!) && now.includes(pids[1]!);
    }, 60_000);
    const after: Filed[] = [];
    for (let i = 0; i < N; i++) after.push(await fileTicket(desk.base, auth, { key: `cluster-${i}`, subject: `Cluster ${i}` }));
    expect(after.map((r) => r.status)).toEqual(Array(N).fill(201));
    before.forEach((r, i) => {
      if (r.status === 201) expect(after[i]!.id).toBe(r.id);
    });
    const counts = rowsOf<{ n: number }>(await desk.storage.db.execute(sql`SELECT count(*)::int AS n FROM tickets WHERE subject LIKE 'Cluster %' GROUP BY subject`));
    expect(counts).toHaveLength(N);
    expect(counts.every((c) => c.n === 1)).toBe(true);
    expect(await desk.count(sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE state = 'in_flight'`)).toBe(0);
    expect(desk.server.alive()).toBe(true);
  }, 300_000);
});
