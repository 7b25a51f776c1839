import { spawn } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor.js';
import { manualClock } from '../core/clock.js';
import { findActor } from '../storage/auth.queries.js';
import { openStorage } from '../storage/db.js';
import type { Db } from '../storage/db.js';
import { rowsOf } from '../storage/migrate.js';
import { createUser } from '../usecases/users/create-user.js';
import { registerTicket } from '../usecases/tickets/register-ticket.js';
import { replyToTicket } from '../usecases/tickets/reply-to-ticket.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { createTicketWorld, type TicketWorld } from '../../test/support/ticket-world.js';
import { sweepDueSla } from './sla-sweep-due.js';

const count = async (db: Db, q: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await db.execute(q))[0]!.n;

async function seed(db: Db, clock: ReturnType<typeof manualClock>, w: TicketWorld, n: number, severity = 'blocker'): Promise<string[]> {
  const contact = (await findActor(db, 'contact', w.authorized.id)) as Actor;
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await registerTicket({ db, clock }, { actor: contact, channel: 'portal', requesterId: w.authorized.id, subject: `T${i}`, body: { text: 'x' }, severity });
    if (r.kind === 'registered') ids.push(r.ticket.id);
  }
  return ids;
}

describe.each(ENGINES)('SLA warnings and breaches fire exactly once, on %s (R-S4)', (engine) => {
  let s: TestStorage;
  let db: Db;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
    await createUser({ db, clock: manualClock('2026-11-01T00:00:00Z') }, { actor: { kind: 'system', id: null }, email: 'boss@vendor.test', name: 'Boss', role: 'manager', locale: 'es', password: 'correct horse battery staple' });
  });
  afterAll(() => s.dispose());

  it('fires each warning and breach once, in order, after a clock jump past several deadlines', async () => {
    const clock = manualClock('2026-11-18T10:00:00Z'); // Wed 11:00 Madrid
    const w = await createTicketWorld({ db, clock });
    const [id] = await seed(db, clock, w, 1);
    clock.set('2026-11-23T12:00:00Z'); // next Monday: response (4 h) and resolution (7 h) both long past
    const first = await sweepDueSla({ db, clock, publicUrl: 'http://desk.test' });
    expect(first.fired).toBe(6);
    const events = rowsOf<{ type: string; data: { clock: string; percent: number; instant: string } }>(
      await db.execute(sql`SELECT type, data FROM ticket_events WHERE ticket_id = ${id} AND type LIKE 'sla_%' ORDER BY id`),
    );
    expect(events.map((e) => `${e.data.clock}:${e.data.percent}`)).toEqual(['response:75', 'response:90', 'response:100', 'resolution:75', 'resolution:90', 'resolution:100']);
    const instants = events.map((e) => e.data.instant);
    expect([...instants].sort()).toEqual(instants);
    expect((await sweepDueSla({ db, clock, publicUrl: 'http://desk.test' })).fired).toBe(0);
    const mails = await count(db, sql`SELECT count(*)::int AS n FROM outbox_messages WHERE ticket_id = ${id}::uuid AND template LIKE 'sla_%'`);
    expect(mails).toBe(6); // one manager, unassigned ticket: warnings and breaches go to managers
    const subject = rowsOf<{ subject: string }>(await db.execute(sql`SELECT subject FROM outbox_messages WHERE ticket_id = ${id}::uuid AND template = 'sla_breach' LIMIT 1`))[0]!.subject;
    expect(subject).toMatch(/^ANS incumplido/); // the manager reads Spanish
  });

  it('still fires a breach once when the first reply came after the deadline while no worker ran', async () => {
    const clock = manualClock('2026-11-18T10:00:00Z');
    const w = await createTicketWorld({ db, clock });
    const [id] = await seed(db, clock, w, 1);
    clock.set('2026-11-18T15:30:00Z'); // response due 14:00Z passed
    const agent: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000dd', role: 'agent', name: 'A', email: 'a@v.test', locale: 'en', timeZone: 'UTC' };
    await replyToTicket({ db, clock }, { actor: agent, ticketId: id!, body: { text: 'Looking now' } });
    await sweepDueSla({ db, clock, publicUrl: 'http://desk.test' });
    const breaches = await count(db, sql`SELECT count(*)::int AS n FROM sla_notifications WHERE ticket_id = ${id}::uuid AND clock = 'response' AND kind = 'breach'`);
    expect(breaches).toBe(1);
  });

  it('does not fire a warning again after a pause moves the due instant (regression: notices keyed by the moving due time)', async () => {
    const clock = manualClock('2026-11-18T10:00:00Z'); // Wed 11:00 Madrid
    const w = await createTicketWorld({ db, clock });
    const [id] = await seed(db, clock, w, 1); // Company Blocker: resolution 7 business hours
    const agent: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000de', role: 'agent', name: 'A', email: 'a@v.test', locale: 'en', timeZone: 'UTC' };
    const contact = (await findActor(db, 'contact', w.authorized.id)) as Actor;
    clock.set('2026-11-18T10:05:00Z');
    await replyToTicket({ db, clock }, { actor: agent, ticketId: id!, body: { text: 'On it' } });
    clock.set('2026-11-18T15:30:00Z'); // 16:30 Madrid: 5.5 h of 7 h used, past the 75 % warning (16:15)
    await sweepDueSla({ db, clock, publicUrl: 'x' });
    await replyToTicket({ db, clock }, { actor: agent, ticketId: id!, body: { text: 'Need logs' }, status: 'pending' });
    clock.set('2026-11-19T15:30:00Z'); // a day paused
    await replyToTicket({ db, clock }, { actor: contact, ticketId: id!, body: { text: 'Here' } });
    clock.set('2026-11-19T15:31:00Z');
    await sweepDueSla({ db, clock, publicUrl: 'x' });
    const warnings = async () => count(db, sql`SELECT count(*)::int AS n FROM sla_notifications WHERE ticket_id = ${id}::uuid AND clock = 'resolution' AND kind = 'warning'`);
    expect(await warnings()).toBe(1);
    clock.set('2026-11-19T16:30:00Z'); // 17:30 Madrid: past the 90 % warning (17:18 after the pause)
    await sweepDueSla({ db, clock, publicUrl: 'x' });
    expect(await warnings()).toBe(2);
  });

  it.runIf(engine === 'postgres')('lets two workers share many due tickets with every event once', async () => {
    const clock = manualClock('2026-11-18T10:00:00Z');
    const w = await createTicketWorld({ db, clock }, { terms: { ticketsPerYear: null } });
    const ids = await seed(db, clock, w, 30);
    clock.set('2026-11-23T12:00:00Z');
    const second = await openStorage({ databaseUrl: s.url!, dataDir: '' });
    try {
      const [a, b] = await Promise.all([
        sweepDueSla({ db, clock, publicUrl: 'x' }, { batch: 3 }),
        sweepDueSla({ db: second.db, clock, publicUrl: 'x' }, { batch: 3 }),
      ]);
      // Other tests' tickets in this database may be due too; the scoped counts below are exact.
      expect(a.fired + b.fired).toBeGreaterThanOrEqual(30 * 6);
      expect(a.fired).toBeGreaterThan(0);
      expect(b.fired).toBeGreaterThan(0);
    } finally {
      await second.close();
    }
    const ledger = await count(db, sql`SELECT count(*)::int AS n FROM sla_notifications WHERE ticket_id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
    const events = await count(db, sql`SELECT count(*)::int AS n FROM ticket_events WHERE type LIKE 'sla_%' AND ticket_id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
    expect([ledger, events]).toEqual([180, 180]);
  });

  it.runIf(engine === 'postgres')('loses and doubles nothing when a worker is killed with SIGKILL mid-sweep', async () => {
    const clock = manualClock('2026-11-18T10:00:00Z');
    const w = await createTicketWorld({ db, clock }, { terms: { ticketsPerYear: null } });
    const ids = await seed(db, clock, w, 40);
    const run = (killAfterEvents: number | null) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/sweep-child.ts'], {
          env: { ...process.env, DATABASE_URL: s.url!, CLOCK_AT: '2026-11-23T12:00:00Z' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let err = '';
        child.stderr.on('data', (d) => (err += String(d)));
        const timer = killAfterEvents === null ? null : setInterval(async () => {
          const n = await count(db, sql`SELECT count(*)::int AS n FROM sla_notifications WHERE ticket_id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
          if (n >= killAfterEvents) child.kill('SIGKILL');
        }, 20);
        child.on('exit', (code, signal) => {
          if (timer) clearInterval(timer);
          if (signal === 'SIGKILL' || code === 0) resolve();
          else reject(new Error(`child failed ${code}: ${err}`));
        });
      });
    await run(30);
    const afterKill = await count(db, sql`SELECT count(*)::int AS n FROM sla_notifications WHERE ticket_id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
    expect(afterKill).toBeLessThan(240);
    await run(null);
    const ledger = await count(db, sql`SELECT count(*)::int AS n FROM sla_notifications WHERE ticket_id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
    const events = await count(db, sql`SELECT count(*)::int AS n FROM ticket_events WHERE type LIKE 'sla_%' AND ticket_id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
    const mails = await count(db, sql`SELECT count(*)::int AS n FROM outbox_messages WHERE template LIKE 'sla_%' AND ticket_id = ANY(${`{${ids.join(',')}}`}::uuid[])`);
    expect([ledger, events, mails]).toEqual([240, 240, 240]);
  }, 120_000);
});
