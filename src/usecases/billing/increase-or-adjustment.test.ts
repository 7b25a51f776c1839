import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { findContractRow } from '../../storage/contracts.queries.js';
import { createBillingWorld, staffActor, type BillingWorld } from '../../../test/support/billing-world.js';
import { createTestApp, type TestApp } from '../../../test/support/app.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createTicketWorld } from '../../../test/support/ticket-world.js';
import { createContract } from '../contracts/create-contract.js';
import { changeContractBasis } from './change-contract-basis.js';
import { cancelCharge, listContractCharges } from './contract-charges.js';
import { setInflationRate } from './inflation-rates.js';
import { recordYearlyIncrease } from './record-yearly-increase.js';
import { Scope } from '../../core/scope.js';

const failure = async (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; details?: unknown }) => ({ code: e.code, details: e.details }));

/**
 * Issue 12 item 8 (R-P9, seed 002): an increase up to inflation is allowed only
 * when the licence or development cost was not adjusted. Both were accepted for
 * 2026; now a year has one or the other, whichever was recorded first.
 */
describe.each(ENGINES)('R-P9 one price revision a year on %s', (engine) => {
  let s: TestStorage;
  const clock = manualClock('2026-11-20T10:00:00Z');
  let deps: { db: TestStorage['storage']['db']; clock: typeof clock; config: { publicUrl: string } };
  let w: BillingWorld;
  let manager: Actor;
  const agreement = () => ({ contactId: w.admin.id, agreedOn: '2026-11-10', note: 'Signed addendum' });
  const licenceContract = async () =>
    (await createContract(deps, { actor: manager, customerId: w.customerId, planId: w.planId, startDate: '2026-01-01', priceBasis: 'licence', basisAmountCents: 10_000_000, percentBp: 1800 })).id;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    deps = { db: s.storage.db, clock, config: { publicUrl: 'https://desk.test' } };
    w = await createBillingWorld(deps);
    manager = await staffActor(deps, 'manager');
    await setInflationRate(deps, { actor: manager, year: 2026, rateBp: 280, source: 'INE' });
    await setInflationRate(deps, { actor: manager, year: 2027, rateBp: 300, source: 'INE' });
  });
  afterAll(() => s.dispose());

  it('regression: an inflation increase for 2026 is refused after a licence cost adjustment dated in 2026, and nothing is written', async () => {
    const id = await licenceContract();
    const adj = await changeContractBasis(deps, { actor: manager, contractId: id, basisAmountCents: 12_000_000, changeDate: '2026-03-15' });
    expect(adj.charge).toMatchObject({ kind: 'adjustment' });
    const priceAfterAdjustment = (await findContractRow(s.storage.db, Scope.system, id))!.yearlyPriceCents;
    expect(await failure(recordYearlyIncrease(deps, { actor: manager, contractId: id, year: 2026, percentBp: 200, agreement: agreement() }))).toEqual({
      code: 'INCREASE_AND_ADJUSTMENT_SAME_YEAR',
      details: { year: 2026, existing: 'adjustment', chargeId: adj.charge!.id, changeDate: '2026-03-15' },
    });
    expect((await listContractCharges(deps, { actor: manager, contractId: id })).increases).toEqual([]);
    expect((await findContractRow(s.storage.db, Scope.system, id))!.yearlyPriceCents).toBe(priceAfterAdjustment);
    // The next year had no cost change: its increase stands.
    expect(await recordYearlyIncrease(deps, { actor: manager, contractId: id, year: 2027, percentBp: 300, agreement: agreement() })).toMatchObject({ year: 2027 });
  });

  it('regression: a licence cost adjustment dated in 2026 is refused when an inflation increase is agreed for 2026, and the price stays', async () => {
    const id = await licenceContract();
    const inc = await recordYearlyIncrease(deps, { actor: manager, contractId: id, year: 2026, percentBp: 250, agreement: agreement() });
    const before = await findContractRow(s.storage.db, Scope.system, id);
    expect(await failure(changeContractBasis(deps, { actor: manager, contractId: id, basisAmountCents: 12_000_000, changeDate: '2026-10-01' }))).toEqual({
      code: 'INCREASE_AND_ADJUSTMENT_SAME_YEAR',
      details: { year: 2026, existing: 'increase', increaseId: inc.id, percentBp: 250 },
    });
    const after = await findContractRow(s.storage.db, Scope.system, id);
    expect({ basis: after!.basisAmountCents, price: after!.yearlyPriceCents }).toEqual({ basis: before!.basisAmountCents, price: before!.yearlyPriceCents });
    expect((await listContractCharges(deps, { actor: manager, contractId: id })).items.filter((c) => c.kind === 'adjustment')).toEqual([]);
    // A cost change dated in another year is an ordinary adjustment.
    expect((await changeContractBasis(deps, { actor: manager, contractId: id, basisAmountCents: 12_000_000, changeDate: '2027-02-01' })).charge).toMatchObject({ kind: 'adjustment' });
  });

  it('a cancelled adjustment no longer blocks the year\'s increase', async () => {
    const id = await licenceContract();
    const adj = await changeContractBasis(deps, { actor: manager, contractId: id, basisAmountCents: 11_000_000, changeDate: '2026-06-01' });
    await cancelCharge(deps, { actor: manager, contractId: id, chargeId: adj.charge!.id });
    expect(await recordYearlyIncrease(deps, { actor: manager, contractId: id, year: 2026, percentBp: 100, agreement: agreement() })).toMatchObject({ year: 2026, percentBp: 100 });
  });
});

describe.each(ENGINES)('R-P9 one price revision a year over HTTP on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine);
  });
  afterAll(() => t.close());

  it('answers 409 INCREASE_AND_ADJUSTMENT_SAME_YEAR with a message a manager understands', async () => {
    const w = await createTicketWorld(t.deps);
    const manager = await t.staff('manager');
    const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: manager, payload });
    const c = await t.app.inject({
      method: 'POST', url: '/api/v1/admin/contracts', headers: manager,
      payload: { customerId: w.customerId, planId: w.planId, startDate: '2026-01-01', priceBasis: 'licence', basisAmountCents: 10_000_000, percentBp: 1800 },
    });
    expect(c.statusCode).toBe(201);
    const id = c.json().id as string;
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/admin/inflation-rates/2026', headers: manager, payload: { rateBp: 280, source: 'INE' } })).statusCode).toBe(200);
    expect((await post(`/admin/contracts/${id}/basis-change`, { basisAmountCents: 12_000_000, changeDate: '2026-04-01' })).statusCode).toBeLessThan(300);
    const res = await post(`/admin/contracts/${id}/yearly-increase`, { year: 2026, percentBp: 200, agreement: { agreedOn: '2026-11-10', note: 'Signed addendum' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INCREASE_AND_ADJUSTMENT_SAME_YEAR', details: { year: 2026, existing: 'adjustment' } });
    expect(res.json().error.message).toContain('no inflation increase may apply in 2026');
  });
});
