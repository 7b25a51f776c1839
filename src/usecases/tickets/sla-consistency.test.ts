import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { findTicketRow, type TicketRow } from '../../storage/tickets.queries.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld, FIXTURE_MANAGER, MADRID_9_18 } from '../../../test/support/ticket-world.js';
import { createCalendarVersion } from '../calendars/create-calendar-version.js';
import { addTicketNote } from './add-ticket-note.js';
import { changeTicketSeverity } from './change-ticket-severity.js';
import { slaColumns } from '../../core/tickets/sla-columns.js';
import { computeTicketSla } from './compute-ticket-sla.js';
import { registerTicket } from './register-ticket.js';
import { replyToTicket } from './reply-to-ticket.js';
import { setTicketOutcome } from './set-ticket-outcome.js';
import { Scope } from '../../core/scope.js';

const AGENT: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000cc', role: 'agent', name: 'Ag', email: 'ag@v.test', locale: 'en', timeZone: 'UTC' };

/** The stored SLA columns must equal a recomputation from the full history (R-K10 → R-S*). */
async function expectColumnsMatchHistory(db: Db, t: TicketRow, now: Date): Promise<void> {
  const fresh = slaColumns(await computeTicketSla(db, t, now), now);
  const stored = {
    responseDueAt: t.responseDueAt, resolutionDueAt: t.resolutionDueAt, responseState: t.responseState, resolutionState: t.resolutionState,
    responseElapsedSeconds: t.responseElapsedSeconds, resolutionElapsedSeconds: t.resolutionElapsedSeconds,
    responseIndicative: t.responseIndicative, resolutionIndicative: t.resolutionIndicative, queueDueAt: t.queueDueAt, nextSlaEventAt: t.nextSlaEventAt,
  };
  const { slaComputedAt: _ignored, ...expected } = fresh;
  expect(stored).toEqual(expected);
}

describe.each(ENGINES)('SLA columns on every change equal a recomputation from history, on %s', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 Madrid
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  it('holds through replies, pauses, severity changes, notes, vendor control and a calendar edit', async () => {
    const deps = { db, clock };
    const w = await createTicketWorld(deps);
    const contact = (await findActor(db, 'contact', w.authorized.id))!;
    const r = await registerTicket(deps, { actor: contact, channel: 'portal', requesterId: w.authorized.id, subject: 'S', body: { text: 'B' }, severity: 'critical' });
    if (r.kind !== 'registered') throw new Error('not registered');
    const id = r.ticket.id;
    const check = async () => expectColumnsMatchHistory(db, (await findTicketRow(db, Scope.system, id))!, clock.now());
    await check();
    // Critical on Company: 8 business hours response from Wed 11:00 → Thu 10:00 Madrid (09:00Z).
    expect((await findTicketRow(db, Scope.system, id))!.responseDueAt?.toISOString()).toBe('2026-11-19T09:00:00.000Z');

    clock.advance(3_600_000);
    await replyToTicket(deps, { actor: AGENT, ticketId: id, body: { text: 'Can you send logs?' }, status: 'pending' });
    await check();
    clock.advance(2 * 3_600_000);
    await replyToTicket(deps, { actor: contact, ticketId: id, body: { text: 'Attached.' } });
    await check();
    await changeTicketSeverity(deps, { actor: AGENT, ticketId: id, severity: 'blocker', reason: 'Production down after all' });
    await check();
    await addTicketNote(deps, { actor: AGENT, ticketId: id, body: { text: 'internal' } });
    await check();
    clock.advance(30 * 60_000);
    await setTicketOutcome(deps, { actor: AGENT, ticketId: id, outcome: 'outside_vendor_control', note: 'Cloud provider outage' });
    await check();
    clock.advance(3_600_000);
    await setTicketOutcome(deps, { actor: AGENT, ticketId: id, outcome: 'back_in_vendor_control' });
    await check();

    // A holiday added on Thursday re-times the open ticket in the same transaction.
    const before = (await findTicketRow(db, Scope.system, id))!;
    await createCalendarVersion(deps, { actor: FIXTURE_MANAGER, calendarId: w.calendarId, spec: { ...MADRID_9_18, holidays: ['2026-11-19'] } });
    const after = (await findTicketRow(db, Scope.system, id))!;
    await check();
    expect(after.resolutionDueAt!.getTime()).toBeGreaterThan(before.resolutionDueAt!.getTime());
  });

  it('times R-S3 severity changes from registration, keeping elapsed business time', async () => {
    const deps = { db, clock: manualClock('2026-11-18T10:00:00Z') };
    const w = await createTicketWorld(deps);
    const contact = (await findActor(db, 'contact', w.authorized.id))!;
    const r = await registerTicket(deps, { actor: contact, channel: 'portal', requesterId: w.authorized.id, subject: 'S', body: { text: 'B' }, severity: 'major' });
    if (r.kind !== 'registered') throw new Error('not registered');
    deps.clock.advance(2 * 3_600_000);
    const { ticket } = await changeTicketSeverity(deps, { actor: AGENT, ticketId: r.ticket.id, severity: 'blocker', reason: 'worse' });
    // Blocker: 4 business hours from registration (Wed 11:00 Madrid) → 15:00 Madrid, 2 h already used.
    expect(ticket.responseDueAt?.toISOString()).toBe('2026-11-18T14:00:00.000Z');
    expect(ticket.responseElapsedSeconds).toBe(7200);
  });
});
