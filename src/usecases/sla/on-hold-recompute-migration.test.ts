import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld } from '../../../test/support/ticket-world.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { listMigrations, migrate } from '../../storage/migrate.js';
import { findTicketRow } from '../../storage/tickets.queries.js';
import { changeTicketStatus } from '../tickets/change-ticket-status.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { replyToTicket } from '../tickets/reply-to-ticket.js';
import { recomputeStaleSla } from './recompute-stale-sla.js';
import { Scope } from '../../core/scope.js';

const MIGRATION = '20261207020400-on-hold-pause-recompute';
const AGENT: Actor = { kind: 'user', id: '00000000-0000-4000-8000-0000000000ed', role: 'agent', name: 'A', email: 'a@v.test', locale: 'en', timeZone: 'UTC' };

// R-S2 (issue 12 item 11): open tickets that have been On hold are re-measured with the pause.
describe.each(ENGINES)('the On-hold pause migration recomputes tickets that were On hold on %s (R-S2)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 Madrid
  beforeAll(async () => {
    s = await createTestStorage(engine, { migrated: false });
    db = s.storage.db;
    await migrate(s.storage, listMigrations().filter((m) => m.id !== MIGRATION));
  });
  afterAll(() => s.dispose());

  it('marks only the open tickets with an On-hold spell stale, and the recompute step rewrites them', async () => {
    const w = await createTicketWorld({ db, clock });
    const actor = (await findActor(db, 'contact', w.authorized.id)) as Actor;
    const file = async () => {
      const r = await registerTicket({ db, clock }, { actor, channel: 'portal', requesterId: w.authorized.id, subject: 'x', body: { text: 'x' }, severity: 'major' });
      if (r.kind !== 'registered') throw new Error(r.code);
      await replyToTicket({ db, clock }, { actor: AGENT, ticketId: r.ticket.id, body: { text: 'On it' } });
      return r.ticket.id;
    };
    const held = await file();
    const plain = await file();
    clock.set('2026-11-18T11:00:00Z');
    await changeTicketStatus({ db, clock }, { actor: AGENT, ticketId: held, status: 'on_hold', reason: 'vendor' });
    clock.set('2026-11-18T12:00:00Z');
    expect(await migrate(s.storage)).toContain(MIGRATION);
    expect((await findTicketRow(db, Scope.system, held))!.slaComputedAt).toBeNull();
    expect((await findTicketRow(db, Scope.system, plain))!.slaComputedAt).not.toBeNull();
    expect(await recomputeStaleSla({ db, clock })).toEqual({ recomputed: 1, failed: 0 });
    expect((await findTicketRow(db, Scope.system, held))!.resolutionState).toBe('paused');
  });
});
