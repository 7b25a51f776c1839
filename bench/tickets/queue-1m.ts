/**
 * The agent queue at 1,000,000 tickets on PostgreSQL (issue 4 bench): bulk
 * insert in SQL, VACUUM ANALYZE, then listQueue (the same SQL as the API)
 * for common filter shapes, p50/p95 per shape, and EXPLAIN ANALYZE of the
 * slowest shape's queries. Target: p95 < 50 ms.
 *   npx tsx bench/tickets/queue-1m.ts [--tickets 1000000] [--customers 2000] [--runs 200] [--keep] [--reuse <database>]
 * DATABASE_URL or TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); a throw-away database is
 * created and dropped (--keep keeps it; --reuse measures a kept one again without seeding).
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Actor } from '../../src/core/actor.js';
import type { Clock } from '../../src/core/clock.js';
import { findActor } from '../../src/storage/auth.queries.js';
import { listCustomerTickets } from '../../src/usecases/tickets/list-customer-tickets.js';
import { listQueue, type QueueFilters } from '../../src/usecases/tickets/list-queue.js';
import { attachBenchDb, openBenchDb } from './bench-db.js';
import { captureQueries, explainAnalyze } from '../../test/support/capture-queries.js';
import { seedQueue } from './seed-queue.js';
import { ms, summarize, table } from './stats.js';

const { values } = parseArgs({
  options: { tickets: { type: 'string', default: '1000000' }, customers: { type: 'string', default: '2000' }, runs: { type: 'string', default: '200' }, keep: { type: 'boolean', default: false }, reuse: { type: 'string' } },
});
const TICKETS = Number(values.tickets);
const CUSTOMERS = Number(values.customers);
const RUNS = Number(values.runs);
const now = new Date();
const clock: Clock = { now: () => now };
const log = (s: string) => process.stdout.write(`${s}\n`);

const db = values.reuse ? await attachBenchDb(values.reuse, 4) : await openBenchDb('postgres', 4);
const client = new pg.Client({ connectionString: db.url! });
await client.connect();
try {
  const deps = { db: db.storage.db, clock };
  if (!values.reuse) await seedQueue(client, deps, { tickets: TICKETS, customers: CUSTOMERS, where: db.where }, log);
  const facts = (await client.query(`SELECT count(*)::int AS total, count(*) FILTER (WHERE status NOT IN ('solved', 'closed'))::int AS open,
      pg_size_pretty(pg_total_relation_size('tickets')) AS size FROM tickets`)).rows[0] as { total: number; open: number; size: string };
  log(`database: ${facts.total.toLocaleString('en')} tickets (${facts.open.toLocaleString('en')} open), ${facts.size} with indexes`);

  // The caller: an agent with a typical share of the open tickets; a mid-sized customer; words common and rare.
  const me = (await findActor(deps.db, 'user', (await client.query('SELECT id FROM bench_agents WHERE i = 7')).rows[0].id)) as Actor;
  const bigCustomer = (await client.query('SELECT id FROM bench_customers WHERE i = 1')).rows[0].id as string;
  const midCustomer = (await client.query('SELECT id FROM bench_customers WHERE i = $1', [Math.ceil(CUSTOMERS / 10)])).rows[0].id as string;
  const contact = (await findActor(deps.db, 'contact', (await client.query('SELECT contact_id FROM bench_customers WHERE i = 1')).rows[0].contact_id)) as Actor;
  const rare = (await client.query('SELECT word FROM bench_words WHERE i = 30000')).rows[0].word as string;
  const someNumber = (await client.query("SELECT number FROM tickets WHERE status = 'open' ORDER BY id LIMIT 1")).rows[0].number as number;

  const shapes: Array<[string, () => Promise<{ total: number }>]> = [
    ['no filter (all open)', () => q({})],
    ['assignee=me', () => q({ assignee: 'me' })],
    ['assignee=none', () => q({ assignee: 'none' })],
    ['customer (mid-sized)', () => q({ customerId: midCustomer })],
    ['customer (largest)', () => q({ customerId: bigCustomer })],
    ['breached=true', () => q({ breached: true })],
    ['dueWithinMinutes=240', () => q({ dueWithinMinutes: 240 })],
    ['severity=blocker,critical', () => q({ severity: ['blocker', 'critical'] })],
    ['status=pending', () => q({ status: ['pending'] })],
    ['status=closed', () => q({ status: ['closed'] })],
    ['q=common word (export)', () => q({ q: 'export' })],
    [`q=rare word (${rare})`, () => q({ q: rare })],
    ['q=#number', () => q({ q: `#${someNumber}` })],
    ['assignee=me + breached', () => q({ assignee: 'me', breached: true })],
    ['page 5 (offset 200)', () => q({}, 200)],
    ['portal list (largest customer)', () => listCustomerTickets(deps, { actor: contact })],
    ['portal q=export (largest customer)', () => listCustomerTickets(deps, { actor: contact, filters: { q: 'export' } })],
  ];
  function q(filters: QueueFilters, offset = 0) {
    return listQueue(deps, { actor: me, now, filters, page: { limit: 50, offset } });
  }

  const results: Array<{ name: string; total: number; s: ReturnType<typeof summarize> }> = [];
  for (const [name, run] of shapes) {
    for (let i = 0; i < 10; i++) await run();
    const lat: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      total = (await run()).total;
      lat.push(performance.now() - t0);
    }
    results.push({ name, total, s: summarize(lat) });
    log(`  ${name}: p95 ${ms(results.at(-1)!.s.p95)}`);
  }
  log(`\nAgent queue (listQueue, limit 50) at ${facts.total.toLocaleString('en')} tickets, PostgreSQL, ${cpus().length} CPU cores, ${RUNS} runs per shape`);
  log(table(['shape', 'total', 'p50', 'p95', 'p99'], results.map((r) => [r.name, r.total > 10_000 ? '10,000+' : String(r.total), ms(r.s.p50), ms(r.s.p95), ms(r.s.p99)])));
  const slowest = results.reduce((a, b) => (b.s.p95 > a.s.p95 ? b : a));
  log(`\nSlowest shape: ${slowest.name} (p95 ${ms(slowest.s.p95)}; target < 50 ms). Its queries, EXPLAIN (ANALYZE, BUFFERS):`);
  const captured = await captureQueries(() => shapes.find(([n]) => n === slowest.name)![1]());
  for (const c of captured) log(`\n${await explainAnalyze(client, c)}`);
  log(`\nReproduce: npx tsx bench/tickets/queue-1m.ts --tickets ${TICKETS} --customers ${CUSTOMERS} --runs ${RUNS}`);
} finally {
  await client.end();
  if (values.keep) {
    await db.storage.close();
    log(`kept database ${db.where} (measure it again with --reuse)`);
  } else await db.dispose();
}
