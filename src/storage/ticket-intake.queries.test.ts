import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../core/clock.js';
import { localDateIn } from '../core/zones.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../test/support/engines.js';
import { createTicketWorld, FIXTURE_MANAGER } from '../../test/support/ticket-world.js';
import { archiveCustomer } from '../usecases/customers/archive-customer.js';
import { createPlanVersion } from '../usecases/plans/create-plan-version.js';
import { listCalendarVersionRows } from './calendars.queries.js';
import { listActiveContractRows } from './contracts.queries.js';
import type { Db } from './db.js';
import { findPlanVersionRowOn } from './plans.queries.js';
import { loadIntakeContext } from './ticket-intake.queries.js';
import { Scope } from '../core/scope.js';

/**
 * The intake context is written in SQL for the hot path (docs/ARCHITECTURE.md
 * "Hot paths"); the contract in force, the plan version on a date and the
 * calendar key also exist as builder queries elsewhere. Both must agree.
 */
describe.each(ENGINES)('intake context on %s agrees with the builder queries (R-K1, R-P2)', (engine) => {
  let s: TestStorage;
  let db: Db;
  const clock = manualClock('2026-11-18T10:00:00Z');
  beforeAll(async () => {
    s = await createTestStorage(engine);
    db = s.storage.db;
  });
  afterAll(() => s.dispose());

  it('finds the contract and plan version in force on the local date in the customer\'s zone', async () => {
    const w = await createTicketWorld({ db, clock }, { startDate: '2026-01-01' });
    await createPlanVersion({ db, clock }, { actor: FIXTURE_MANAGER, planId: w.planId, effectiveFrom: '2027-01-01', terms: { ticketsPerYear: 200 } });
    const instants = [
      '2025-12-31T22:30:00Z', // 23:30 in Madrid: before the contract
      '2025-12-31T23:30:00Z', // 00:30 on 1 January in Madrid: in force
      '2026-11-18T10:00:00Z',
      '2026-12-31T23:30:00Z', // 1 January 2027 in Madrid: the new plan version
    ];
    const seen: Array<string | null> = [];
    for (const at of instants.map((i) => new Date(i))) {
      const ctx = (await loadIntakeContext(db, { requesterId: w.authorized.id, scope: Scope.within(Scope.system, w.customerId), at, severity: 'major' }))!;
      const date = localDateIn('Europe/Madrid', at);
      expect(ctx.date).toBe(date);
      const [contract] = await listActiveContractRows(db, w.customerId, date);
      expect(ctx.contractId).toBe(contract?.id ?? null);
      const pv = contract ? await findPlanVersionRowOn(db, contract.planId, date) : null;
      expect(ctx.planVersionId).toBe(pv?.id ?? null);
      seen.push(pv ? String(pv.version) : null);
      if (pv) {
        const versions = await listCalendarVersionRows(db, pv.calendarId!);
        expect(ctx.calendarKey).toBe(versions.map((v) => `${v.id}@${v.version}`).join(','));
      }
      expect(ctx.severityKnown).toBe(true);
    }
    expect(seen).toEqual([null, '1', '1', '2']);
  });

  it('scopes the contact to the caller\'s customer, knows unknown severities, and sees no contract for an archived customer', async () => {
    const w = await createTicketWorld({ db, clock });
    const other = await createTicketWorld({ db, clock });
    const at = clock.now();
    expect(await loadIntakeContext(db, { requesterId: w.authorized.id, scope: Scope.within(Scope.system, other.customerId), at, severity: 'major' })).toBeNull();
    expect((await loadIntakeContext(db, { requesterId: w.authorized.id, scope: Scope.system, at, severity: 'nonesuch' }))!.severityKnown).toBe(false);
    const a = await loadIntakeContext(db, { requesterId: w.authorized.id, scope: Scope.within(Scope.system, w.customerId), at, severity: 'major' });
    const b = await loadIntakeContext(db, { requesterId: w.authorized.id, scope: Scope.within(Scope.system, w.customerId), at, severity: 'major' });
    expect(b!.number).toBeGreaterThan(a!.number);
    await archiveCustomer({ db, clock }, { actor: FIXTURE_MANAGER, id: w.customerId });
    const archived = await loadIntakeContext(db, { requesterId: w.authorized.id, scope: Scope.system, at, severity: 'major' });
    expect(archived?.contractId ?? null).toBeNull();
  });
});
