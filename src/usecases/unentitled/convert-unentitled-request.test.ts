import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld, FIXTURE_MANAGER } from '../../../test/support/ticket-world.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { listTicketEvents } from '../../storage/tickets.queries.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { convertUnentitledRequest } from './convert-unentitled-request.js';

/** Issue 12 item 7 (R-K1): an approved held request keeps its arrival as the registration instant. */
describe.each(ENGINES)('approving a held request on %s (R-K1, R-P5)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 Madrid
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  async function heldRequest() {
    const w = await createTicketWorld({ db, clock }, { terms: { ticketsPerYear: 1, overageRule: 'hold' } });
    const contact = (await findActor(db, 'contact', w.authorized.id)) as Actor;
    const file = () => registerTicket({ db, clock }, { actor: contact, channel: 'portal', requesterId: w.authorized.id, subject: 'Down', body: { text: 'x' }, severity: 'blocker' });
    expect((await file()).kind).toBe('registered');
    const held = await file();
    if (held.kind !== 'refused' || !held.holdForApproval) throw new Error('expected a held request');
    return { w, id: held.unentitledRequestId };
  }

  it.each(['the customer administrator', 'staff'])(
    'R-K1 approved held request registered at approval time (regression): approved by %s, the arrival starts the clocks and the approval is in the history',
    async (who) => {
      clock.set('2026-11-18T10:00:00Z');
      const { w, id } = await heldRequest();
      // Approved the next morning, Thursday 09:30 Madrid.
      clock.set('2026-11-19T08:30:00Z');
      const actor = who === 'staff' ? FIXTURE_MANAGER : ((await findActor(db, 'contact', w.admin.id)) as Actor);
      const t = await convertUnentitledRequest({ db, clock }, { actor, id });
      expect(t.registeredAt.toISOString()).toBe('2026-11-18T10:00:00.000Z');
      // Company Blocker response 4 business hours from the arrival (Wed 11:00 → 15:00 Madrid), not from the approval.
      expect(t.responseDueAt?.toISOString()).toBe('2026-11-18T14:00:00.000Z');
      expect(t.overage).toBe(true);
      const [created] = (await listTicketEvents(db, t.id, { includeInternal: true })).filter((e) => e.type === 'created');
      expect(created!.at.toISOString()).toBe('2026-11-19T08:30:00.000Z');
      expect(created!.data).toMatchObject({ registeredAt: '2026-11-18T10:00:00.000Z', override: { fromRequestId: id, approvedAt: '2026-11-19T08:30:00.000Z' } });
    },
  );
});
