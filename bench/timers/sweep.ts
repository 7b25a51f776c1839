/**
 * Durable timers bench (issue 5), PostgreSQL: with 100,000 open tickets,
 *  A. how many due SLA events per second one worker processes (a backlog of
 *     due tickets after a worker outage), and
 *  B. how late events fire after their deadline when the worker loop runs
 *     live with a 1 s interval (p50/p99), while the other tickets wait.
 * A 24×7 calendar keeps the arithmetic of due instants obvious.
 *   npx tsx bench/timers/sweep.ts [--open 100000] [--backlog 5000] [--live 2000]
 */
import { sql } from 'drizzle-orm';
import type { Actor } from '../../src/core/actor.js';
import { manualClock, type Clock } from '../../src/core/clock.js';
import { startWorker } from '../../src/jobs/worker.js';
import { sweepDueSla } from '../../src/jobs/sla-sweep-due.js';
import { findActor } from '../../src/storage/auth.queries.js';
import { rowsOf } from '../../src/storage/migrate.js';
import { registerTicket } from '../../src/usecases/tickets/register-ticket.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
import { openBenchDb } from '../tickets/bench-db.js';
import { summarize, table } from '../tickets/stats.js';

const arg = (name: string, dflt: number) => Number(process.argv.find((a, i) => process.argv[i - 1] === `--${name}`) ?? dflt);
const OPEN = arg('open', 100_000);
const BACKLOG = arg('backlog', 5_000);
const LIVE = arg('live', 2_000);
const ALL_WEEK = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])) as never;

const db0 = await openBenchDb('postgres', 10);
const db = db0.storage.db;
const realClock: Clock = { now: () => new Date() };
try {
  const setupClock = manualClock(new Date(Date.now() - 30 * 86_400_000));
  const w = await createTicketWorld({ db, clock: setupClock }, { calendar: { timeZone: 'UTC', weekly: ALL_WEEK }, terms: { ticketsPerYear: null }, startDate: '2020-01-01' });
  const contact = (await findActor(db, 'contact', w.authorized.id)) as Actor;
  const r = await registerTicket({ db, clock: setupClock }, { actor: contact, channel: 'portal', requesterId: w.authorized.id, subject: 'template', body: { text: 'x' }, severity: 'blocker' });
  if (r.kind !== 'registered') throw new Error('template refused');
  const clone = (tag: string, n: number, registeredAt: string, spreadSeconds: number, nextEvent: string) => db.execute(sql.raw(`
    INSERT INTO tickets (customer_id, contract_id, plan_version_id, calendar_id, requester_id, channel, subject, body_html, body_text,
      proposed_severity, severity, status, registered_at, allowance_year_start, counts_against_allowance, updated_at, reply_token, next_sla_event_at)
    SELECT customer_id, contract_id, plan_version_id, calendar_id, requester_id, channel, '${tag} ' || g, body_html, body_text,
      proposed_severity, severity, 'new', ${registeredAt} + make_interval(secs => (g % ${Math.max(1, spreadSeconds)})), allowance_year_start, false, now(),
      md5(random()::text || g), ${nextEvent}
    FROM tickets t, generate_series(1, ${n}) g WHERE t.id = '${r.ticket.id}'`));
  // Company Blocker on 24×7: response 4 h (warnings at 3 h and 3 h 36 min), resolution 7 h.
  await clone('waiting', OPEN - BACKLOG - LIVE, `now() - interval '1 hour'`, 3600, `now() + interval '2 hours'`); // open, not due yet
  await clone('backlog', BACKLOG, `now() - interval '2 days'`, 3600, `now() - interval '1 day'`); // a backlog: six events each are owed
  await db.execute(sql`ANALYZE tickets`);
  const count = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM tickets WHERE status NOT IN ('solved','closed')`))[0]!.n;

  // A. Backlog throughput, one worker.
  const t0 = performance.now();
  const res = await sweepDueSla({ db, clock: realClock, publicUrl: 'http://bench' }, { batch: 100, maxBatches: 1_000_000 });
  const secs = (performance.now() - t0) / 1000;

  // B. Live lateness: LIVE tickets whose 75 % response warning falls due over the next 30 s.
  await clone('live', LIVE, `now() - interval '3 hours' + interval '5 seconds'`, 30, `now() + interval '5 seconds'`);
  const worker = startWorker({ db, clock: realClock, publicUrl: 'http://bench', log: { info: () => undefined, error: (o) => console.error(o) } }, { intervalMs: 1000, renewalNoticeDays: 30 });
  await new Promise((ok) => setTimeout(ok, 45_000));
  await worker.stop();
  const late = rowsOf<{ ms: number }>(await db.execute(sql`
    SELECT extract(epoch FROM (e.at - (e.data->>'instant')::timestamptz)) * 1000 AS ms
    FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
    WHERE e.type = 'sla_warning' AND t.subject LIKE 'live %'`)).map((x) => Number(x.ms));
  const s = summarize(late);
  console.log(`\nDurable timers, PostgreSQL, ${count.toLocaleString('en')} open tickets, one worker (2-core machine)\n`);
  console.log(table(['measure', 'value'], [
    ['A. backlog tickets swept', res.tickets.toLocaleString('en')],
    ['A. events fired', res.fired.toLocaleString('en')],
    ['A. events per second', (res.fired / secs).toFixed(0)],
    ['A. tickets per second', (res.tickets / secs).toFixed(0)],
    ['B. live events fired', String(s.n)],
    ['B. lateness p50', `${s.p50.toFixed(0)} ms`],
    ['B. lateness p99', `${s.p99.toFixed(0)} ms`],
    ['B. lateness max', `${s.max.toFixed(0)} ms`],
  ]));
  console.log(`\nreproduce: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/timers/sweep.ts --open ${OPEN} --backlog ${BACKLOG} --live ${LIVE}`);
} finally {
  await db0.dispose();
}
