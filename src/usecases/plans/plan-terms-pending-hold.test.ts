import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR, type Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld, FIXTURE_MANAGER } from '../../../test/support/ticket-world.js';
import { sweepPending } from '../../jobs/tickets-sweep-pending.js';
import { changeTicketStatus } from '../tickets/change-ticket-status.js';
import { computeTicketSla } from '../tickets/compute-ticket-sla.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { replyToTicket } from '../tickets/reply-to-ticket.js';
import { createPlanVersion } from './create-plan-version.js';
import { getPlanVersion } from './get-plan-version.js';
import { Scope } from '../../core/scope.js';

const AGENT: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000ef', role: 'agent', name: 'A', email: 'a@v.test', locale: 'en', timeZone: 'UTC' };
const H = 3600;

// Issue 12 items 5 and 11: the pending periods (R-K5) and whether On hold pauses (R-S2) are plan terms.
describe.each(ENGINES)('plan terms: pending periods and On hold on %s (R-K5, R-S2)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 Madrid
  const deps = () => ({ db, clock });
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  async function newTicket(contactId: string) {
    const actor = (await findActor(db, 'contact', contactId))!;
    const r = await registerTicket(deps(), { actor, channel: 'portal', requesterId: contactId, subject: 'Export fails', body: { text: 'x' }, severity: 'major' });
    if (r.kind !== 'registered') throw new Error('refused');
    return r.ticket.id;
  }

  it('pending periods are plan terms: defaulted to 5 + 3 days, validated, stored on the version', async () => {
    clock.set('2026-11-18T10:00:00Z');
    const w = await createTicketWorld(deps());
    const v1 = await getPlanVersion(deps(), { actor: SYSTEM_ACTOR, planId: w.planId, version: 1 });
    expect(v1.terms).toMatchObject({ pendingReminderDays: 5, pendingCloseDays: 3, pauseOnHold: true });
    const v2 = await createPlanVersion(deps(), { actor: FIXTURE_MANAGER, planId: w.planId, terms: { pendingReminderDays: 2, pendingCloseDays: 1, pauseOnHold: false } });
    expect(v2.terms).toMatchObject({ pendingReminderDays: 2, pendingCloseDays: 1, pauseOnHold: false });
    expect((await getPlanVersion(deps(), { actor: SYSTEM_ACTOR, planId: w.planId, version: 2 })).terms).toMatchObject({ pendingReminderDays: 2, pendingCloseDays: 1 });
  });

  it('regression (issue 12 item 5): the sweep reminds and closes after the plan\'s own periods, not a fixed 5 + 3', async () => {
    clock.set('2026-11-18T10:00:00Z');
    const w = await createTicketWorld(deps(), { terms: { pendingReminderDays: 2, pendingCloseDays: 1 } });
    const id = await newTicket(w.authorized.id);
    await replyToTicket(deps(), { actor: AGENT, ticketId: id, body: { text: 'Which version?' }, status: 'pending' });
    expect((await findTicketRow(db, Scope.system, id))!.pendingReminderDueAt?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    clock.set('2026-11-20T10:00:00Z'); // Friday 11:00 Madrid: two days later, open
    expect((await sweepPending({ ...deps(), publicUrl: 'http://desk.test' })).reminders).toBe(1);
    expect((await findTicketRow(db, Scope.system, id))!.autoCloseDueAt?.toISOString()).toBe('2026-11-21T10:00:00.000Z');
  });

  it('regression (issue 12 item 11): On hold pauses the resolution clock by default', async () => {
    clock.set('2026-11-18T10:00:00Z'); // Wed 11:00 Madrid, calendar 09:00-18:00
    const w = await createTicketWorld(deps());
    const id = await newTicket(w.authorized.id);
    await replyToTicket(deps(), { actor: AGENT, ticketId: id, body: { text: 'Looking into it' } });
    clock.set('2026-11-18T11:00:00Z'); // 12:00: one business hour counted
    await changeTicketStatus(deps(), { actor: AGENT, ticketId: id, status: 'on_hold', reason: 'waiting for the database vendor' });
    clock.set('2026-11-18T15:00:00Z'); // 16:00: four hours on hold
    const held = await computeTicketSla(db, (await findTicketRow(db, Scope.system, id))!, clock.now());
    expect(held!.resolution.phase).toBe('paused');
    expect(held!.resolution.businessSecondsElapsed).toBe(1 * H);
    expect(held!.resolution.explanation.pauses.map((p) => p.reason)).toContain('on_hold');
  });

  it('a plan that turns the switch off keeps the resolution clock running On hold', async () => {
    clock.set('2026-11-18T10:00:00Z');
    const w = await createTicketWorld(deps(), { terms: { pauseOnHold: false } });
    const id = await newTicket(w.authorized.id);
    await replyToTicket(deps(), { actor: AGENT, ticketId: id, body: { text: 'Looking into it' } });
    clock.set('2026-11-18T11:00:00Z');
    await changeTicketStatus(deps(), { actor: AGENT, ticketId: id, status: 'on_hold', reason: 'waiting for the database vendor' });
    clock.set('2026-11-18T15:00:00Z');
    const held = await computeTicketSla(db, (await findTicketRow(db, Scope.system, id))!, clock.now());
    expect(held!.resolution.phase).toBe('running');
    expect(held!.resolution.businessSecondsElapsed).toBe(5 * H);
  });
});
