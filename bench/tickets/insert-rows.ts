/**
 * What one INSERT into `tickets` costs, by rows per statement (issue 4: why
 * registration merges concurrent writes, storage/coalesce.ts). One session,
 * a throw-away PostgreSQL database, a registered ticket copied N times per
 * statement (new id, number, reply token and search vector per row).
 *   npx tsx bench/tickets/insert-rows.ts [--repeat 20]
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { findActor } from '../../src/storage/auth.queries.js';
import { registerTicket } from '../../src/usecases/tickets/register-ticket.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
import { openBenchDb } from './bench-db.js';
import { ms, summarize, table } from './stats.js';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '20' } } });
const REPEAT = Number(values.repeat);
const db = await openBenchDb('postgres', 2);
try {
  const deps = { db: db.storage.db, clock: { now: () => new Date() } };
  const w = await createTicketWorld(deps, { terms: { ticketsPerYear: null } });
  const actor = (await findActor(deps.db, 'contact', w.authorized.id))!;
  const r = await registerTicket(deps, { actor, channel: 'api', requesterId: w.authorized.id, subject: 'Export fails', body: { text: 'Since the upgrade the export of signed documents fails with a timeout after 30 seconds.' }, severity: 'major' });
  if (r.kind !== 'registered') throw new Error('seed ticket refused');
  const c = new pg.Client({ connectionString: db.url! });
  await c.connect();
  const { rows } = await c.query<{ c: string }>(
    `SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS c FROM information_schema.columns
      WHERE table_name = 'tickets' AND column_name NOT IN ('id', 'number', 'reply_token', 'search_public')`,
  );
  const cols = rows[0]!.c;
  const copy = (n: number) =>
    `INSERT INTO tickets (id, number, reply_token, search_public, ${cols})
     SELECT gen_random_uuid(), nextval('ticket_numbers'), md5(random()::text), to_tsvector('simple', subject || ' ' || g || ' ' || body_text), ${cols}
       FROM tickets, generate_series(1, ${n}) g WHERE id = $1`;
  const out: string[][] = [];
  for (const n of [1, 4, 16, 64]) {
    for (let i = 0; i < 3; i++) await c.query(copy(n), [r.ticket.id]); // warm-up
    const times: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const t0 = performance.now();
      await c.query(copy(n), [r.ticket.id]);
      times.push(performance.now() - t0);
    }
    const s = summarize(times);
    out.push([String(n), ms(s.p50), ms(s.p50 / n), ms(s.p95)]);
  }
  await c.end();
  console.log(`INSERT into tickets (16 indexes), one session, autocommit, ${REPEAT} statements each`);
  console.log(table(['rows per statement', 'statement p50', 'per row', 'statement p95'], out));
  console.log(`\nReproduce: npx tsx bench/tickets/insert-rows.ts --repeat ${REPEAT}`);
} finally {
  await db.dispose();
}
