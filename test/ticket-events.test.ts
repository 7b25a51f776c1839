import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTicketEvent } from '../src/core/tickets/ticket-events.js';
import { rowsOf } from '../src/storage/migrate.js';
import { createTestApp, type AuthHeaders, type TestApp } from './support/app.js';
import { ENGINES } from './support/engines.js';
import { createTicketWorld, type TicketWorld } from './support/ticket-world.js';

/**
 * Issue 15 item 2: ticket history events are defined once (core/tickets/ticket-events.ts).
 * What the writers really store parses, on both engines; a stored event that does not is a
 * coded error (INVALID_TICKET_EVENT, 500) on every read and change, never a silent skip.
 */
describe.each(ENGINES)('ticket history events on %s', (engine) => {
  let t: TestApp;
  let w: TicketWorld;
  let contact: AuthHeaders;
  let agent: AuthHeaders & { id: string };
  beforeAll(async () => {
    t = await createTestApp(engine);
    t.clock.set('2026-11-18T10:00:00Z');
    w = await createTicketWorld(t.deps);
    contact = await t.login(w.authorized.email);
    agent = await t.staff('agent');
  });
  afterAll(() => t.close());

  const post = (headers: AuthHeaders, url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload });
  const stored = async (ticketId: string) =>
    rowsOf<{ id: number; type: string; data: unknown }>(await t.deps.db.execute(sql`SELECT id, type, data FROM ticket_events WHERE ticket_id = ${ticketId} ORDER BY id`));

  it('every event a ticket\'s life writes parses against its definition', async () => {
    const id = (await post(contact, '/portal/tickets', { subject: 'Events', body: 'All of them.', severity: 'major' })).json().id as string;
    const a = `/agent/tickets/${id}`;
    const steps: Array<[AuthHeaders, string, Record<string, unknown>]> = [
      [agent, `${a}/notes`, { body: 'internal' }],
      [agent, `${a}/replies`, { body: 'Which version?', status: 'pending' }],
      [contact, `/portal/tickets/${id}/replies`, { body: '4.2' }],
      [agent, `${a}/severity`, { severity: 'critical', reason: 'More users' }],
      [agent, `${a}/category`, { category: 'bug', reason: 'Reproduced' }],
      [agent, `${a}/assignee`, { assigneeId: agent.id }],
      [agent, `${a}/commitment`, { applies: false, reason: 'Custom code' }],
      [agent, `${a}/estimate`, { dueAt: '2026-12-01T10:00:00Z', note: 'after analysis' }],
      [agent, `${a}/vendor-control`, { outside: true, note: 'Cloud outage' }],
      [agent, `${a}/vendor-control`, { outside: false, note: 'Back' }],
      [agent, `${a}/status`, { status: 'solved' }],
    ];
    for (const [who, url, body] of steps) expect((await post(who, url, body)).statusCode, url).toBeLessThan(300);
    const rows = await stored(id);
    expect(rows.map((r) => r.type)).toEqual([
      'created', 'note_added', 'replied', 'first_response', 'status_changed', 'replied', 'status_changed', 'severity_changed', 'category_changed',
      'assigned', 'commitment_changed', 'estimate_set', 'vendor_control_changed', 'vendor_control_changed', 'status_changed',
    ]);
    for (const r of rows) expect(() => parseTicketEvent(r.type, r.data, r.id)).not.toThrow();
  });

  it('an unknown or malformed stored event is INVALID_TICKET_EVENT on read and change, and the change writes nothing', async () => {
    for (const [type, data] of [['status_changd', { from: 'new', to: 'open' }], ['status_changed', { from: 'new', to: 'opened' }]] as const) {
      const id = (await post(contact, '/portal/tickets', { subject: 'Broken history', body: 'x', severity: 'major' })).json().id as string;
      // ticket_events is append-only (R-K10): a row a bug or a hand edit left behind cannot be fixed in place either.
      await t.deps.db.execute(sql`INSERT INTO ticket_events (ticket_id, at, actor_kind, type, data) VALUES (${id}, now(), 'system', ${type}, ${JSON.stringify(data)}::jsonb)`);
      const read = await t.app.inject({ method: 'GET', url: `/api/v1/agent/tickets/${id}`, headers: agent });
      expect(read.statusCode, type).toBe(500);
      expect(read.json().error.code).toBe('INVALID_TICKET_EVENT');
      const before = (await stored(id)).length;
      const change = await post(agent, `/agent/tickets/${id}/notes`, { body: 'not written' });
      expect(change.json().error?.code).toBe('INVALID_TICKET_EVENT');
      expect((await stored(id)).length).toBe(before);
    }
  });
});
