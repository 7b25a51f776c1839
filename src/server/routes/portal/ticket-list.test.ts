import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/actor.js';
import { findActor } from '../../../storage/auth.queries.js';
import { addTicketNote } from '../../../usecases/tickets/add-ticket-note.js';
import { changeTicketStatus } from '../../../usecases/tickets/change-ticket-status.js';
import { registerTicket } from '../../../usecases/tickets/register-ticket.js';
import { replyToTicket } from '../../../usecases/tickets/reply-to-ticket.js';
import { createTestApp, type AuthHeaders, type TestApp } from '../../../../test/support/app.js';
import { ENGINES } from '../../../../test/support/engines.js';
import { createTicketWorld, type TicketWorld } from '../../../../test/support/ticket-world.js';

describe.each(ENGINES)('portal ticket list and export on %s (issue 4 item 8, tenancy)', (engine) => {
  let t: TestApp;
  let a: TicketWorld;
  let b: TicketWorld;
  let asA: AuthHeaders;
  let asAGuest: AuthHeaders;
  let asB: AuthHeaders;
  let agent: AuthHeaders & { id: string };
  let staff: Actor;
  const numbers: Record<string, number> = {};
  const ids: Record<string, string> = {};

  const register = async (w: TicketWorld, key: string, subject: string, severity = 'major') => {
    const actor = (await findActor(t.deps.db, 'contact', w.authorized.id))!;
    const r = await registerTicket(t.deps, { actor, channel: 'portal', requesterId: w.authorized.id, subject, body: { text: `Details for ${key}` }, severity });
    if (r.kind !== 'registered') throw new Error(r.code);
    numbers[key] = r.ticket.number;
    ids[key] = r.ticket.id;
  };
  const get = (url: string, headers: AuthHeaders) => t.app.inject({ method: 'GET', url, headers });
  const list = async (headers: AuthHeaders, qs = '') => {
    const res = await get(`/api/v1/portal/tickets${qs}`, headers);
    expect(res.statusCode).toBe(200);
    return res.json() as { items: Array<Record<string, unknown>>; total: number; limit: number; offset: number };
  };
  const subjects = (p: { items: Array<Record<string, unknown>> }) => p.items.map((i) => i.subject);

  beforeAll(async () => {
    t = await createTestApp(engine);
    a = await createTicketWorld(t.deps);
    b = await createTicketWorld(t.deps, { withSeverities: false });
    agent = await t.staff('agent');
    staff = (await findActor(t.deps.db, 'user', agent.id))!;
    await register(a, 'a1', 'Alpha first', 'blocker');
    t.clock.advance(60_000);
    await register(a, 'a2', 'Alpha second');
    t.clock.advance(60_000);
    await register(a, 'a3', '=HYPERLINK("http://evil.test","click"), alpha');
    await register(b, 'b1', 'Bravo only alpha');
    await replyToTicket(t.deps, { actor: staff, ticketId: ids.a2!, body: { text: 'Could you send the logs?' }, status: 'pending' });
    await changeTicketStatus(t.deps, { actor: staff, ticketId: ids.a1!, status: 'solved' });
    await addTicketNote(t.deps, { actor: staff, ticketId: ids.a3!, body: { text: 'internal quuxword: the customer misconfigured it' } });
    asA = await t.login(a.authorized.email);
    asAGuest = await t.login(a.unauthorized.email);
    asB = await t.login(b.authorized.email);
  });
  afterAll(() => t.close());

  it("lists every ticket of the contact's customer, newest first, and nothing of another customer", async () => {
    const p = await list(asA);
    expect(p.total).toBe(3);
    expect(p.items.map((i) => i.number)).toEqual([numbers.a3, numbers.a2, numbers.a1]);
    // Every contact of the customer sees the same tickets, whoever asked.
    expect((await list(asAGuest)).items.map((i) => i.number)).toEqual(p.items.map((i) => i.number));
    const pb = await list(asB);
    expect(pb).toMatchObject({ total: 1, items: [{ number: numbers.b1 }] });
  });

  it('shows the customer-facing SLA state and no internal field', async () => {
    const byNumber = Object.fromEntries((await list(asA)).items.map((i) => [i.number, i]));
    expect(byNumber[numbers.a1!]).toMatchObject({ status: 'solved', waiting: 'none', dueBy: null });
    expect(byNumber[numbers.a2!]).toMatchObject({ status: 'pending', waiting: 'on_you', dueBy: null });
    // a3 is Major, registered Fri 11:02 Madrid: the response is due 2 business days later, Tue 11:02 Madrid.
    expect(byNumber[numbers.a3!]).toMatchObject({ status: 'new', waiting: 'on_us', dueBy: '2026-11-24T10:02:00.000Z', dueIndicative: false });
    const keys = Object.keys(byNumber[numbers.a3!]!).sort();
    expect(keys).toEqual(['channel', 'dueBy', 'dueIndicative', 'id', 'number', 'registeredAt', 'requester', 'severity', 'status', 'subject', 'waiting']);
  });

  it('filters by status (one or several) and pages', async () => {
    expect(subjects(await list(asA, '?status=pending'))).toEqual(['Alpha second']);
    expect((await list(asA, '?status=pending&status=solved')).total).toBe(2);
    const page = await list(asA, '?limit=1&offset=1');
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items.map((i) => i.number)).toEqual([numbers.a2]);
    expect((await get('/api/v1/portal/tickets?status=lost', asA)).statusCode).toBe(400);
    expect((await get('/api/v1/portal/tickets?assignee=me', asA)).statusCode).toBe(400);
  });

  it("searches its own tickets only, by text and by number", async () => {
    expect((await list(asA, '?q=alpha')).total).toBe(3);
    expect((await list(asB, '?q=alpha')).items.map((i) => i.number)).toEqual([numbers.b1]);
    expect((await list(asB, `?q=%23${numbers.a1}`)).total).toBe(0);
    expect((await list(asA, `?q=%23${numbers.a1}`)).items.map((i) => i.number)).toEqual([numbers.a1]);
    // Public replies are searchable.
    expect((await list(asA, '?q=logs')).items.map((i) => i.number)).toEqual([numbers.a2]);
  });

  it('never matches or counts an internal note, while the agent queue finds it', async () => {
    const p = await list(asA, '?q=quuxword');
    expect(p).toMatchObject({ total: 0, items: [] });
    const csv = await get('/api/v1/portal/tickets/export.csv?q=quuxword', asA);
    expect(csv.body.trim().split('\r\n')).toHaveLength(1);
    const q = await get('/api/v1/agent/queue?q=quuxword', agent);
    expect(q.json()).toMatchObject({ total: 1, items: [{ number: numbers.a3 }] });
  });

  it('exports CSV of its own tickets with formula-safe, quoted cells', async () => {
    const res = await get('/api/v1/portal/tickets/export.csv', asA);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="tickets-2026-11-20.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('number,subject,status,severity,registered,due');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(`${numbers.a3},"'=HYPERLINK(""http://evil.test"",""click""), alpha",new,major,2026-11-20T10:02:00.000Z,2026-11-24T10:02:00.000Z`);
    expect(lines[3]).toBe(`${numbers.a1},Alpha first,solved,blocker,2026-11-20T10:00:00.000Z,`);
    expect(res.body).not.toContain('Bravo');
    const other = await get('/api/v1/portal/tickets/export.csv', asB);
    expect(other.body).toContain('Bravo only alpha');
    expect(other.body).not.toContain('Alpha');
  });

  it('is for contacts only', async () => {
    expect((await get('/api/v1/portal/tickets', agent)).statusCode).toBe(403);
    expect((await get('/api/v1/agent/queue', asA)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/portal/tickets/export.csv' })).statusCode).toBe(401);
  });
});
