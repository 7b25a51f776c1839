import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { outboxMessages, unentitledRequests } from '../../storage/schema/index.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld, type TicketWorld } from '../../../test/support/ticket-world.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { rowsOf } from '../../storage/migrate.js';
import { createTicketBundle } from './create-ticket-bundle.js';
import { slaColumns } from '../../core/tickets/sla-columns.js';
import { computeTicketSla } from './compute-ticket-sla.js';
import { registerTicket, type RegisterTicketInput } from './register-ticket.js';

describe.each(ENGINES)('ticket intake on %s (R-K1, R-C2, R-P3, R-P4, R-P5)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 Madrid
  const deps = () => ({ db, clock });
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  const asContact = async (id: string) => (await findActor(db, 'contact', id)) as Actor;
  const ticket = async (w: TicketWorld, who: { id: string }, extra: Partial<RegisterTicketInput> = {}) =>
    registerTicket(deps(), {
      actor: await asContact(who.id),
      channel: 'portal',
      requesterId: who.id,
      subject: 'Cannot open documents',
      body: { text: 'Since this morning.' },
      severity: 'blocker',
      ...extra,
    });
  const kept = async (id: string) => (await db.select().from(unentitledRequests).where(eq(unentitledRequests.id, id)))[0]!;

  it('registers a ticket with a number, the plan version and SLA due times in business hours', async () => {
    const w = await createTicketWorld(deps());
    const r = await ticket(w, w.authorized);
    expect(r.kind).toBe('registered');
    if (r.kind !== 'registered') return;
    expect(r.ticket.number).toBeGreaterThanOrEqual(1000);
    expect(r.ticket.status).toBe('new');
    // Company Blocker: 4 business hours response from Wed 11:00 Madrid → Wed 15:00 Madrid (14:00Z).
    expect(r.ticket.responseDueAt?.toISOString()).toBe('2026-11-18T14:00:00.000Z');
    // 7 business hours resolution: 11:00 + 7 h = the 18:00 closing, due then (R-T5), 17:00Z.
    expect(r.ticket.resolutionDueAt?.toISOString()).toBe('2026-11-18T17:00:00.000Z');
    expect(r.ticket.queueDueAt?.toISOString()).toBe('2026-11-18T14:00:00.000Z');
    expect(r.ticket.countsAgainstAllowance).toBe(true);
    expect(r.ticket.allowanceYearStart).toBe('2026-01-01');
  });

  it('refuses a contact that is not authorized, keeping the request', async () => {
    const w = await createTicketWorld(deps());
    const r = await ticket(w, w.unauthorized);
    expect(r).toMatchObject({ kind: 'refused', code: 'NOT_AUTHORIZED_CONTACT' });
    if (r.kind !== 'refused') return;
    expect(await kept(r.unentitledRequestId)).toMatchObject({ status: 'open', subject: 'Cannot open documents', reasonCode: 'NOT_AUTHORIZED_CONTACT', customerId: w.customerId });
  });

  it('refuses a channel the plan does not include (phone on Standard), keeping the request', async () => {
    const w = await createTicketWorld(deps(), { terms: { channels: ['email', 'portal'] } });
    const r = await ticket(w, w.authorized, { channel: 'phone' });
    expect(r).toMatchObject({ kind: 'refused', code: 'CHANNEL_NOT_IN_PLAN' });
    if (r.kind === 'refused') expect(r.message).toMatch(/email, the support center/);
  });

  it('refuses when no contract is in force on the registration date', async () => {
    const w = await createTicketWorld(deps(), { startDate: '2027-01-01' });
    const r = await ticket(w, w.authorized);
    expect(r).toMatchObject({ kind: 'refused', code: 'NO_ACTIVE_CONTRACT' });
  });

  it('refuses a severity the plan does not offer, writing nothing', async () => {
    const w = await createTicketWorld(deps());
    await expect(ticket(w, w.authorized, { severity: 'apocalyptic' })).rejects.toMatchObject({ code: 'INVALID_SEVERITY' });
  });

  it('holds the request for approval when the allowance is used up and the plan holds (R-P5)', async () => {
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear: 2, overageRule: 'hold' } });
    expect((await ticket(w, w.authorized)).kind).toBe('registered');
    expect((await ticket(w, w.authorized)).kind).toBe('registered');
    const third = await ticket(w, w.authorized);
    expect(third).toMatchObject({ kind: 'refused', code: 'ALLOWANCE_EXHAUSTED', holdForApproval: true });
    if (third.kind === 'refused') expect((await kept(third.unentitledRequestId)).status).toBe('awaiting_approval');
  });

  it('accepts and marks overage when the plan bills beyond the allowance', async () => {
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear: 1, overageRule: 'bill' } });
    await ticket(w, w.authorized);
    const r = await ticket(w, w.authorized);
    expect(r.kind === 'registered' && r.ticket.overage).toBe(true);
  });

  it('adds bundles to the allowance of the contract year', async () => {
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear: 1 } });
    await ticket(w, w.authorized);
    expect((await ticket(w, w.authorized)).kind).toBe('refused');
    await createTicketBundle(deps(), { actor: { kind: 'system', id: null }, contractId: w.contractId, tickets: 1, priceCents: 9900 });
    expect((await ticket(w, w.authorized)).kind).toBe('registered');
  });

  it('does not count tickets in the two months after go-live (R-P4)', async () => {
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear: 1 }, goLiveDate: '2026-09-19' });
    const inGrace = await ticket(w, w.authorized);
    expect(inGrace.kind === 'registered' && inGrace.ticket.allowanceExclusion).toBe('go_live_grace');
    const again = await ticket(w, w.authorized);
    expect(again.kind).toBe('registered');
  });

  it('counts allowance per contract year from the start date', async () => {
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear: 1 }, startDate: '2025-12-01' });
    const r = await ticket(w, w.authorized);
    expect(r.kind === 'registered' && r.ticket.allowanceYearStart).toBe('2025-12-01');
  });

  it('never exceeds the allowance under concurrent registrations', async () => {
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear: 3, overageRule: 'hold' } });
    const actor = await asContact(w.authorized.id);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        registerTicket(deps(), { actor, channel: 'portal', requesterId: w.authorized.id, subject: `Race ${i}`, body: { text: 'x' }, severity: 'major' }),
      ),
    );
    expect(results.filter((r) => r.kind === 'registered')).toHaveLength(3);
    expect(results.filter((r) => r.kind === 'refused')).toHaveLength(9);
  });

  it('logs a phone call at the call instant and refuses a call in the future', async () => {
    const w = await createTicketWorld(deps());
    const agent: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000bb', role: 'agent', name: 'A', email: 'a@v.test', locale: 'en', timeZone: 'UTC' };
    const r = await registerTicket(deps(), { actor: agent, channel: 'phone', requesterId: w.authorized.id, registeredAt: new Date('2026-11-18T09:30:00Z'), subject: 'Call', body: { text: 'x' }, severity: 'blocker' });
    expect(r.kind === 'registered' && r.ticket.registeredAt.toISOString()).toBe('2026-11-18T09:30:00.000Z');
    await expect(
      registerTicket(deps(), { actor: agent, channel: 'phone', requesterId: w.authorized.id, registeredAt: new Date('2026-11-18T11:00:00Z'), subject: 'Call', body: { text: 'x' }, severity: 'blocker' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('never lets a contact register for another customer\'s contact', async () => {
    const a = await createTicketWorld(deps());
    const b = await createTicketWorld(deps());
    await expect(
      registerTicket(deps(), { actor: await asContact(a.authorized.id), channel: 'portal', requesterId: b.authorized.id, subject: 'x', body: { text: 'x' }, severity: 'major' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
  it('writes registrations that arrive together in shared statements, each with its own number, SLA, history and acknowledgement', async () => {
    const w = await createTicketWorld(deps(), { terms: { ticketsPerYear: null } });
    const people = [w.authorized, w.admin];
    const severities = ['blocker', 'critical', 'major', 'trivial'];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => ticket(w, people[i % 2]!, { subject: `Parallel ${i}`, severity: severities[i % 4]! })),
    );
    const made = results.map((r) => (r.kind === 'registered' ? r.ticket : null));
    expect(made.every((t) => t !== null)).toBe(true);
    const tickets = made as NonNullable<(typeof made)[number]>[];
    expect(new Set(tickets.map((t) => t.number)).size).toBe(12);
    expect(tickets.map((t) => t.subject)).toEqual(Array.from({ length: 12 }, (_, i) => `Parallel ${i}`));
    const ids = tickets.map((t) => t.id);
    // Merged: rows written by one statement share its transaction id.
    const [tx] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(DISTINCT xmin::text)::int AS n FROM tickets WHERE id IN (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`));
    expect(tx!.n).toBeLessThan(12);
    for (const [i, t] of tickets.entries()) {
      const clocks = await computeTicketSla(db, t, clock.now());
      expect(slaColumns(clocks, clock.now())).toMatchObject({ responseDueAt: t.responseDueAt, resolutionDueAt: t.resolutionDueAt, queueDueAt: t.queueDueAt, nextSlaEventAt: t.nextSlaEventAt });
      expect(t.severity).toBe(severities[i % 4]);
      expect(t.requesterId).toBe(people[i % 2]!.id);
      const events = (results[i] as { events: Array<{ type: string; ticketId: string }> }).events;
      expect(events.map((e) => [e.type, e.ticketId])).toEqual([['created', t.id]]);
      const acks = await db.select().from(outboxMessages).where(eq(outboxMessages.ticketId, t.id));
      expect(acks.map((m) => [m.template, m.dedupeKey, m.toAddress])).toEqual([['acknowledgement', `ack:${t.id}`, people[i % 2]!.email]]);
      expect(acks[0]!.subject).toContain(`#${t.number}`);
    }
  });
});

describe.each(ENGINES)('allowance thresholds on %s (R-P5)', (engine) => {
  it('tells the customer administrator and the managers once at 80 % and once at 100 %', async () => {
    const s = await createTestStorage(engine);
    try {
      const db = s.storage.db;
      const clock = manualClock('2026-11-18T10:00:00Z');
      const w = await createTicketWorld({ db, clock }, { terms: { ticketsPerYear: 5, overageRule: 'bill' } });
      const actor = (await findActor(db, 'contact', w.authorized.id)) as Actor;
      const file = () => registerTicket({ db, clock }, { actor, channel: 'portal', requesterId: w.authorized.id, subject: 's', body: { text: 'b' }, severity: 'major' });
      const mails = async () => (await db.select().from(outboxMessages)).filter((m) => m.template.startsWith('allowance_')).map((m) => `${m.template}:${m.toAddress}`);
      for (let i = 0; i < 3; i++) await file();
      expect(await mails()).toEqual([]);
      await file(); // 4 of 5 = 80 %
      expect(await mails()).toEqual([`allowance_80:${w.admin.email}`]);
      await file(); // 5 of 5 = 100 %
      await file(); // overage: no repeat
      expect((await mails()).sort()).toEqual([`allowance_100:${w.admin.email}`, `allowance_80:${w.admin.email}`]);
    } finally {
      await s.dispose();
    }
  });
});
