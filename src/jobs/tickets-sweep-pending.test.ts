import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../core/actor.js';
import { manualClock } from '../core/clock.js';
import { findActor } from '../storage/auth.queries.js';
import type { Db } from '../storage/db.js';
import { rowsOf } from '../storage/migrate.js';
import { markOutboxFailed, markOutboxSent } from '../storage/outbox.queries.js';
import { outboxMessages } from '../storage/schema/index.js';
import { findTicketRow } from '../storage/tickets.queries.js';
import { registerTicket } from '../usecases/tickets/register-ticket.js';
import { replyToTicket } from '../usecases/tickets/reply-to-ticket.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { createTicketWorld, type TicketWorld } from '../../test/support/ticket-world.js';
import { sweepPending } from './tickets-sweep-pending.js';
import { Scope } from '../core/scope.js';

const AGENT: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000ee', role: 'agent', name: 'A', email: 'a@v.test', locale: 'en', timeZone: 'UTC' };

describe.each(ENGINES)('pending reminders and auto-close on %s (R-K5)', (engine) => {
  let s: TestStorage;
  let db: Db;
  let w: TicketWorld;
  let contact: Actor;
  const clock = manualClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 Madrid
  const deps = () => ({ db, clock, publicUrl: 'http://desk.test' });
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
    w = await createTicketWorld({ db, clock });
    contact = (await findActor(db, 'contact', w.authorized.id))!;
  });
  afterAll(() => s.dispose());

  async function pendingTicket(at: string): Promise<string> {
    clock.set(at);
    const r = await registerTicket({ db, clock }, { actor: contact, channel: 'portal', requesterId: w.authorized.id, subject: 'Need info', body: { text: 'x' }, severity: 'major' });
    if (r.kind !== 'registered') throw new Error('refused');
    await replyToTicket({ db, clock }, { actor: AGENT, ticketId: r.ticket.id, body: { text: 'Which version?' }, status: 'pending' });
    return r.ticket.id;
  }
  const reminderOf = async (id: string) => (await db.select().from(outboxMessages).where(eq(outboxMessages.ticketId, id))).filter((m) => m.template === 'pending_reminder');

  it('reminds, waits for the reminder to go out, then closes for lack of information', async () => {
    const id = await pendingTicket('2026-11-18T10:00:00Z');
    clock.set('2026-11-23T10:00:00Z'); // five days later, Monday 11:00 Madrid: open
    expect((await sweepPending(deps())).reminders).toBe(1);
    const [mail] = await reminderOf(id);
    expect(mail).toMatchObject({ toAddress: w.authorized.email, notBefore: new Date('2026-11-23T10:00:00Z') });
    expect(mail!.subject).toMatch(/^Recordatorio/); // the contact reads Spanish (customer locale es)
    expect((await sweepPending(deps())).reminders).toBe(0);
    clock.set('2026-11-26T10:00:00Z');
    expect((await sweepPending(deps())).postponed).toBe(1); // still in the outbox: never close without notice
    await markOutboxSent(db, mail!.id, clock.now());
    clock.advance(2 * 3_600_000);
    expect((await sweepPending(deps())).closed).toBe(1);
    const t = (await findTicketRow(db, Scope.system, id))!;
    expect(t).toMatchObject({ status: 'closed', outcome: 'lack_of_information' });
    const closure = (await db.select().from(outboxMessages).where(eq(outboxMessages.ticketId, id))).filter((m) => m.template === 'closure_notice');
    expect(closure).toHaveLength(1);
  });

  it('cancels the closure when the customer answers first', async () => {
    const id = await pendingTicket('2026-11-18T10:00:00Z');
    clock.set('2026-11-23T10:00:00Z');
    await sweepPending(deps());
    const [mail] = await reminderOf(id);
    await markOutboxSent(db, mail!.id, clock.now());
    clock.advance(3_600_000);
    await replyToTicket({ db, clock }, { actor: contact, ticketId: id, body: { text: 'Version 5.1' } });
    clock.set('2026-12-01T10:00:00Z');
    await sweepPending(deps());
    expect((await findTicketRow(db, Scope.system, id))!).toMatchObject({ status: 'open', autoCloseDueAt: null, pendingReminderDueAt: null });
  });

  it('sends reminders in the customer\'s business hours, not at night', async () => {
    const id = await pendingTicket('2026-11-18T19:30:00Z'); // Wednesday 20:30 Madrid
    clock.set('2026-11-23T19:30:00Z'); // due Monday 20:30: closed
    await sweepPending(deps());
    const [mail] = await reminderOf(id);
    expect(mail!.notBefore?.toISOString()).toBe('2026-11-24T08:00:00.000Z'); // Tuesday 09:00 Madrid
  });

  it('never closes when the reminder could not be delivered, and tells the agents', async () => {
    const id = await pendingTicket('2026-11-18T10:00:00Z');
    clock.set('2026-11-23T10:00:00Z');
    await sweepPending(deps());
    const [mail] = await reminderOf(id);
    await markOutboxFailed(db, mail!.id, '550 5.1.1 mailbox unknown');
    clock.set('2026-11-30T10:00:00Z');
    expect((await sweepPending(deps())).blocked).toBe(1);
    expect((await findTicketRow(db, Scope.system, id))!.status).toBe('pending');
    const blocked = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM ticket_events WHERE ticket_id = ${id}::uuid AND type = 'auto_close_blocked' AND internal`));
    expect(blocked[0]!.n).toBe(1);
  });
});
