import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld, type TicketWorld } from '../../../test/support/ticket-world.js';
import { createUser } from '../users/create-user.js';
import { addTicketNote } from './add-ticket-note.js';
import { assignTicket } from './assign-ticket.js';
import { changeTicketStatus } from './change-ticket-status.js';
import { listQueue, parseTicketSearch, type QueueFilters } from './list-queue.js';
import { registerTicket } from './register-ticket.js';

describe.each(ENGINES)('agent queue on %s (R-K9, issue 4 item 7)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 Madrid
  const deps = () => ({ db, clock });
  let a: TicketWorld;
  let b: TicketWorld;
  let agent: Actor;
  let other: Actor;
  const t: Record<string, { id: string; number: number }> = {};

  const open = async (w: TicketWorld, key: string, severity: string, subject: string) => {
    const r = await registerTicket(deps(), {
      actor: (await findActor(db, 'contact', w.authorized.id))!, channel: 'portal', requesterId: w.authorized.id, subject, body: { text: `Body of ${key}` }, severity,
    });
    if (r.kind !== 'registered') throw new Error(`not registered: ${r.code}`);
    t[key] = { id: r.ticket.id, number: r.ticket.number };
  };
  const staff = async (email: string) => {
    const { user } = await createUser(deps(), { actor: SYSTEM_ACTOR, email, name: email.split('@')[0]!, role: 'agent', password: 'correct horse battery staple' });
    return (await findActor(db, 'user', user.id))!;
  };
  const queue = async (filters: QueueFilters = {}, now?: string, page?: { limit?: number; offset?: number }) =>
    listQueue(deps(), { actor: agent, filters, page, now: now ? new Date(now) : undefined });
  const keys = (p: { items: Array<{ id: string }> }) => p.items.map((i) => Object.entries(t).find(([, v]) => v.id === i.id)?.[0] ?? '?');

  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
    a = await createTicketWorld(deps());
    b = await createTicketWorld(deps(), { terms: { highPriority: true } });
    agent = await staff('queue.agent@vendor.test');
    other = await staff('other.agent@vendor.test');
    await open(a, 'aBlocker', 'blocker', 'Printer on fire'); // response due Wed 14:00Z
    await open(a, 'aMajor', 'major', 'Slow search'); // 2 business days
    await open(a, 'aTrivial', 'trivial', 'Typo in the manual'); // indicative response, 3 days
    await open(b, 'bMajor', 'major', 'Login fails'); // high priority (R-K9)
    await open(a, 'aSolved', 'critical', 'Old problem');
    await changeTicketStatus(deps(), { actor: agent, ticketId: t.aSolved!.id, status: 'solved' });
    await assignTicket(deps(), { actor: agent, ticketId: t.aMajor!.id, assigneeId: agent.id });
    await assignTicket(deps(), { actor: agent, ticketId: t.bMajor!.id, assigneeId: other.id });
    await addTicketNote(deps(), { actor: agent, ticketId: t.aTrivial!.id, body: { text: 'Customer runs zanzibar build 7' } });
  });
  afterAll(() => s.dispose());

  it('orders high priority first, then the nearest due time, open tickets only by default', async () => {
    const p = await queue();
    expect(keys(p)).toEqual(['bMajor', 'aBlocker', 'aMajor', 'aTrivial']);
    expect(p.total).toBe(4);
    const first = p.items[0]!;
    expect(first).toMatchObject({ highPriority: true, customer: { id: b.customerId }, assignee: { id: other.id }, status: 'new', channel: 'portal' });
    expect(p.items[1]).toMatchObject({ responseDueAt: '2026-11-18T14:00:00.000Z', queueDueAt: '2026-11-18T14:00:00.000Z', responseBreached: false, assignee: null });
    expect(first).not.toHaveProperty('bodyText');
  });

  it('filters by status (one or several), severity, customer and high priority', async () => {
    expect(keys(await queue({ status: ['solved'] }))).toEqual(['aSolved']);
    expect(keys(await queue({ status: ['new', 'solved'] }))).toEqual(['bMajor', 'aBlocker', 'aMajor', 'aTrivial', 'aSolved']);
    expect(keys(await queue({ severity: ['major'] }))).toEqual(['bMajor', 'aMajor']);
    expect(keys(await queue({ customerId: b.customerId }))).toEqual(['bMajor']);
    expect(keys(await queue({ highPriority: false }))).toEqual(['aBlocker', 'aMajor', 'aTrivial']);
  });

  it("filters by assignee: 'me', 'none' or a user id", async () => {
    expect(keys(await queue({ assignee: 'me' }))).toEqual(['aMajor']);
    expect(keys(await queue({ assignee: 'none' }))).toEqual(['aBlocker', 'aTrivial']);
    expect(keys(await queue({ assignee: other.id! }))).toEqual(['bMajor']);
  });

  it('computes breaches against now: running commitments past due, never indicative targets', async () => {
    expect(keys(await queue({ breached: true }))).toEqual([]);
    const later = '2026-11-18T15:00:00Z'; // one hour past the blocker's response due time
    const p = await queue({ breached: true }, later);
    expect(keys(p)).toEqual(['aBlocker']);
    expect(p.items[0]).toMatchObject({ responseBreached: true, resolutionBreached: false });
    expect(keys(await queue({ breached: false }, later))).toEqual(['bMajor', 'aMajor', 'aTrivial']);
    // Far in the future every commitment is past due, but the trivial response target is only indicative.
    const p2 = await queue({ breached: true, severity: ['trivial'] }, '2027-06-01T00:00:00Z');
    expect(p2.items[0]).toMatchObject({ responseBreached: false, resolutionBreached: true, responseIndicative: true });
  });

  it('filters by due within N minutes of now', async () => {
    expect(keys(await queue({ dueWithinMinutes: 240 }))).toEqual(['aBlocker']);
    expect(keys(await queue({ dueWithinMinutes: 239 }))).toEqual([]);
  });

  it('searches subject, body and internal notes, and finds a ticket by number', async () => {
    expect(keys(await queue({ q: 'printer' }))).toEqual(['aBlocker']);
    expect(keys(await queue({ q: 'body aMajor' }))).toEqual(['aMajor']);
    expect(keys(await queue({ q: 'zanzibar' }))).toEqual(['aTrivial']);
    expect(keys(await queue({ q: `#${t.bMajor!.number}` }))).toEqual(['bMajor']);
    expect(keys(await queue({ q: String(t.aMajor!.number) }))).toEqual(['aMajor']);
    expect(keys(await queue({ q: '!!!' }))).toEqual([]);
  });

  it('pages with the total of all matches', async () => {
    const p = await queue({}, undefined, { limit: 2, offset: 1 });
    expect(keys(p)).toEqual(['aBlocker', 'aMajor']);
    expect(p).toMatchObject({ total: 4, limit: 2, offset: 1 });
  });

  it('is for vendor staff only', async () => {
    const contact = (await findActor(db, 'contact', a.authorized.id))!;
    await expect(listQueue(deps(), { actor: contact })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('parseTicketSearch', () => {
  it('splits numbers from text', () => {
    expect(parseTicketSearch('#123')).toEqual({ number: 123, numberOnly: true });
    expect(parseTicketSearch(' 123 ')).toEqual({ number: 123, text: '123' });
    expect(parseTicketSearch('printer 123')).toEqual({ text: 'printer 123' });
    expect(parseTicketSearch('  ')).toEqual({});
  });
});
