import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type Actor } from '../core/actor.js';
import { manualClock } from '../core/clock.js';
import { listQueue, type QueueFilters } from '../usecases/tickets/list-queue.js';
import { registerTicket } from '../usecases/tickets/register-ticket.js';
import { createUser } from '../usecases/users/create-user.js';
import { captureQueries } from '../../test/support/capture-queries.js';
import { createTestStorage, type TestStorage } from '../../test/support/engines.js';
import { createTicketWorld } from '../../test/support/ticket-world.js';
import { findActor } from './auth.queries.js';
import type { Db } from './db.js';
import { rowsOf } from './migrate.js';

// Issue 14 item 9: at 1,000,000 tickets the agent queue's capped count (up to 10,001) for "all open" and for a
// severity filter read the wide cover index (23,000 buffers, ~50 ms); tickets_open_severity_idx makes it ~20
// buffers. Plans are PostgreSQL's own, so this runs where TEST_DATABASE_URL gives one (CI does).
describe.skipIf(!process.env.TEST_DATABASE_URL)('agent queue counts read the narrow open-ticket index (issue 14 item 9)', () => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-18T10:00:00Z');
  let agent: Actor;
  let client: pg.Client;

  beforeAll(async () => {
    s = await createTestStorage('postgres');
    db = s.storage.db;
    const w = await createTicketWorld({ db, clock }, { terms: { ticketsPerYear: null } });
    const contact = (await findActor(db, 'contact', w.authorized.id))!;
    const r = await registerTicket({ db, clock }, { actor: contact, channel: 'portal', requesterId: w.authorized.id, subject: 'Template', body: { text: 'Body' }, severity: 'major' });
    if (r.kind !== 'registered') throw new Error(r.code);
    // 20,000 copies of that ticket: a third open, severities in turn, then statistics and the visibility map.
    const cols = rowsOf<{ c: string }>(await db.execute(sql`SELECT column_name AS c FROM information_schema.columns
      WHERE table_name = 'tickets' AND table_schema = current_schema() AND is_generated = 'NEVER' AND is_identity = 'NO' ORDER BY ordinal_position`)).map((x) => x.c);
    const expr: Record<string, string> = {
      id: 'gen_random_uuid()', number: "nextval('ticket_numbers')", reply_token: "md5('r' || g::text)",
      status: "CASE WHEN g % 3 = 0 THEN 'open' ELSE 'closed' END", severity: "(ARRAY['blocker', 'critical', 'major', 'trivial'])[1 + g % 4]",
    };
    await db.execute(sql.raw(`INSERT INTO tickets (${cols.join(', ')}) SELECT ${cols.map((c) => expr[c] ?? `t.${c}`).join(', ')}
      FROM tickets t CROSS JOIN generate_series(1, 20000) AS g WHERE t.id = '${r.ticket.id}'`));
    await db.execute(sql`VACUUM ANALYZE tickets`);
    const { user } = await createUser({ db, clock }, { actor: SYSTEM_ACTOR, email: 'agent@vendor.test', name: 'Agent', role: 'agent', password: 'correct horse battery staple' });
    agent = (await findActor(db, 'user', user.id))!;
    client = new pg.Client({ connectionString: s.url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    await s?.dispose();
  });

  /** The plan of the count listQueue sends, with its own parameters (EXPLAIN without ANALYZE). */
  async function countPlan(filters: QueueFilters): Promise<string> {
    const captured = await captureQueries(() => listQueue({ db, clock }, { actor: agent, now: clock.now(), filters, page: { limit: 50, offset: 0 } }));
    const count = captured.find((q) => /count\(\*\)/i.test(q.text));
    if (!count) throw new Error('no count query');
    const r = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${count.text}`, count.values);
    return r.rows.map((row) => row['QUERY PLAN']).join('\n');
  }

  it('counts "all open" and a severity filter on tickets_open_severity_idx, not the wide cover index', async () => {
    expect(await countPlan({})).toMatch(/Index Only Scan using tickets_open_severity_idx/);
    expect(await countPlan({ severity: ['blocker', 'critical'] })).toMatch(/Index Only Scan using tickets_open_severity_idx/);
  });
});
