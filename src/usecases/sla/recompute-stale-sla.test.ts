import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld } from '../../../test/support/ticket-world.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { listMigrations, migrate } from '../../storage/migrate.js';
import { findTicketRow, updateTicketRow } from '../../storage/tickets.queries.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { recomputeStaleSla } from './recompute-stale-sla.js';
import { Scope } from '../../core/scope.js';

const MIGRATION = '20261207010000-sla-due-at-closing-time';

/**
 * R-T5 (issue 12 item 6): stored due instants written under the old "next opening" rule are
 * rewritten by the migration and the recompute step run after it, for tickets that are not closed.
 */
describe.each(ENGINES)('the due-at-closing-time migration recomputes open tickets on %s (R-T5)', (engine) => {
  let s: TestStorage;
  let db: Db;
  // Friday 20 November 2026, 11:00 Madrid. Company calendar 09–18: a Blocker's 7 h resolution ends at Friday's 18:00 closing.
  const clock = manualClock('2026-11-20T10:00:00Z');
  beforeAll(async () => {
    s = await createTestStorage(engine, { migrated: false });
    db = s.storage.db;
    // Everything but the migration under test: the database as it was, tickets stored under the old rule.
    await migrate(s.storage, listMigrations().filter((m) => m.id !== MIGRATION));
  });
  afterAll(() => s.dispose());

  it('R-T5 stored next-morning due instants of open tickets become the closing time; closed tickets are left alone', async () => {
    const w = await createTicketWorld({ db, clock });
    const file = async () => {
      const actor = (await findActor(db, 'contact', w.authorized.id)) as Actor;
      const r = await registerTicket({ db, clock }, { actor, channel: 'portal', requesterId: w.authorized.id, subject: 'Down', body: { text: 'x' }, severity: 'blocker' });
      if (r.kind !== 'registered') throw new Error(r.code);
      return r.ticket;
    };
    const open = await file();
    const closed = await file();
    // As the old rule stored them: Monday 09:00 Madrid (08:00Z) instead of Friday 18:00 (17:00Z).
    const monday = new Date('2026-11-23T08:00:00Z');
    const old = { resolutionDueAt: monday, queueDueAt: new Date('2026-11-20T14:00:00Z'), nextSlaEventAt: new Date('2026-11-20T13:00:00Z'), slaComputedAt: clock.now() };
    await updateTicketRow(db, open.id, old);
    await updateTicketRow(db, closed.id, { ...old, status: 'closed', closedAt: clock.now() });

    clock.set('2026-11-20T12:00:00Z');
    expect(await migrate(s.storage)).toContain(MIGRATION);
    expect((await findTicketRow(db, Scope.system, open.id))!.slaComputedAt).toBeNull();
    expect(await recomputeStaleSla({ db, clock }, { batch: 1 })).toEqual({ recomputed: 1, failed: 0 });

    const after = (await findTicketRow(db, Scope.system, open.id))!;
    expect(after.resolutionDueAt?.toISOString()).toBe('2026-11-20T17:00:00.000Z');
    expect(after.responseDueAt?.toISOString()).toBe('2026-11-20T14:00:00.000Z');
    expect(after.slaComputedAt?.toISOString()).toBe('2026-11-20T12:00:00.000Z');
    const untouched = (await findTicketRow(db, Scope.system, closed.id))!;
    expect(untouched.resolutionDueAt?.toISOString()).toBe(monday.toISOString());
    // Nothing stale is left: a second run (every start runs it) does nothing.
    expect(await recomputeStaleSla({ db, clock })).toEqual({ recomputed: 0, failed: 0 });
  });
});
