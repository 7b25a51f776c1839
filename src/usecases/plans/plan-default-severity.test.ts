import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../core/clock.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { COMPANY_TARGETS, createTicketWorld, FIXTURE_MANAGER } from '../../../test/support/ticket-world.js';
import { getTicket } from '../tickets/get-ticket.js';
import { registerTicket } from '../tickets/register-ticket.js';
import { createPlanVersion } from './create-plan-version.js';
import { getPlanVersion } from './get-plan-version.js';
import { SYSTEM_ACTOR } from '../../core/actor.js';

// Issue 12 item 1 (R-S1): a severity the plan does not list falls back to the plan's default severity.
describe.each(ENGINES)('plan term: default severity on %s (R-S1)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-18T10:00:00Z'); // Wednesday 11:00 Madrid
  const deps = () => ({ db, clock });
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  it('R-S1 defaults to none, is validated and stored, and an unlisted severity is measured with its targets', async () => {
    // The plan lists only Blocker and Major; "trivial" is a known severity it does not list.
    const w = await createTicketWorld(deps(), { terms: { targets: { blocker: COMPANY_TARGETS.blocker!, major: COMPANY_TARGETS.major! } } });
    expect((await getPlanVersion(deps(), { actor: SYSTEM_ACTOR, planId: w.planId, version: 1 })).terms.defaultSeverity).toBeNull();
    const actor = (await findActor(db, 'contact', w.authorized.id))!;
    const file = () => registerTicket(deps(), { actor, channel: 'portal', requesterId: w.authorized.id, subject: 'Question', body: { text: 'x' }, severity: 'trivial' });
    await expect(file()).rejects.toMatchObject({ code: 'INVALID_SEVERITY', details: { offered: ['blocker', 'major'] } });

    // A default the plan has no targets for, or one that does not exist, is refused and nothing is written.
    for (const bad of ['critical', 'nope']) {
      await expect(createPlanVersion(deps(), { actor: FIXTURE_MANAGER, planId: w.planId, terms: { defaultSeverity: bad } })).rejects.toMatchObject({ code: 'INVALID_PLAN' });
    }
    clock.set('2026-11-18T09:00:00Z');
    const v2 = await createPlanVersion(deps(), { actor: FIXTURE_MANAGER, planId: w.planId, effectiveFrom: '2026-11-18', terms: { defaultSeverity: 'major' } });
    expect(v2.terms.defaultSeverity).toBe('major');

    clock.set('2026-11-18T10:00:00Z');
    const r = await file();
    if (r.kind !== 'registered') throw new Error(r.code);
    expect(r.ticket.severity).toBe('trivial');
    // Major's response target (2 working days) applies: Wed 11:00 Madrid → Fri 11:00 Madrid.
    const t = (await getTicket(deps(), { actor: FIXTURE_MANAGER, id: r.ticket.id })) as unknown as { clocks: { response: { dueAt: string; target: unknown } } };
    expect(t.clocks.response.target).toMatchObject({ kind: 'business_days', days: 2 });
    expect(t.clocks.response.dueAt).toBe('2026-11-20T10:00:00.000Z');
  });
});
