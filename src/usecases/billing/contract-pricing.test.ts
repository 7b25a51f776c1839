import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/actor.js';
import { manualClock } from '../../core/clock.js';
import { findContractRow } from '../../storage/contracts.queries.js';
import { outboxMessages } from '../../storage/schema/index.js';
import { createBillingWorld, staffActor, type BillingWorld } from '../../../test/support/billing-world.js';
import { createTestStorage, ENGINES, type TestStorage } from '../../../test/support/engines.js';
import { createContract } from '../contracts/create-contract.js';
import { changeContractBasis } from './change-contract-basis.js';
import { cancelCharge, listContractCharges } from './contract-charges.js';
import { setInflationRate } from './inflation-rates.js';
import { produceRenewals } from './produce-renewals.js';
import { recordActivation, recordRetroactiveActivation } from './record-activation.js';
import { recordYearlyIncrease } from './record-yearly-increase.js';
import { Scope } from '../../core/scope.js';

const code = async (p: Promise<unknown>) => p.then(() => 'ok', (e: { code?: string }) => e.code ?? String(e));

describe.each(ENGINES)('contract pricing on %s (R-P6..R-P10)', (engine) => {
  let s: TestStorage;
  const clock = manualClock('2026-11-20T10:00:00Z');
  let deps: { db: TestStorage['storage']['db']; clock: typeof clock; config: { publicUrl: string } };
  let w: BillingWorld;
  let manager: Actor;
  const contract = async (fields: Record<string, unknown>) =>
    (await createContract(deps, { actor: manager, customerId: w.customerId, planId: w.planId, startDate: '2026-01-01', ...fields })).id;
  beforeAll(async () => {
    s = await createTestStorage(engine);
    deps = { db: s.storage.db, clock, config: { publicUrl: 'https://desk.test' } };
    w = await createBillingWorld(deps);
    manager = await staffActor(deps, 'manager');
  });
  afterAll(() => s.dispose());

  const notices = (customerId: string) => s.storage.db.select().from(outboxMessages).where(and(eq(outboxMessages.customerId, customerId), eq(outboxMessages.template, 'charge-notice')));

  it('R-P7: acceptance on 1 May charges 8/12 to 31 December, and the administrator is told in the same transaction', async () => {
    const id = await contract({ startDate: '2026-05-01', yearlyPriceCents: 1_200_000 });
    const before = (await notices(w.customerId)).length;
    const ch = await recordActivation(deps, { actor: manager, contractId: id, acceptanceDate: '2026-05-01' });
    expect(ch).toMatchObject({ kind: 'activation', ruleId: 'R-P7', fraction: '8/12', amountCents: 800_000, periodStart: '2026-05-01', periodEnd: '2026-12-31', currency: 'EUR', invoiceId: null });
    const after = await notices(w.customerId);
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({ toAddress: w.admin.email, dedupeKey: `charge-notice:${ch.id}`, createdAt: clock.now() });
    expect(after.at(-1)!.textBody.replace(/\u00a0/g, ' ')).toContain('8.000,00 €');
    expect(await code(recordActivation(deps, { actor: manager, contractId: id, acceptanceDate: '2026-05-01' }))).toBe('ALREADY_CHARGED');
  });

  it('R-P7 + R-P10: acceptance on 1 October charges 15/12 to the end of the next year, so the next renewal skips it', async () => {
    const late = await contract({ startDate: '2026-10-01', yearlyPriceCents: 1_200_000 });
    const yearly = await contract({ startDate: '2026-01-01', yearlyPriceCents: 600_000 });
    expect(await recordActivation(deps, { actor: manager, contractId: late, acceptanceDate: '2026-10-01' })).toMatchObject({ months: 15, amountCents: 1_500_000, periodEnd: '2027-12-31' });
    const r2027 = await produceRenewals(deps, { actor: manager, year: 2027 });
    const ids = r2027.created.map((c) => c.contractId);
    expect(ids).toContain(yearly);
    expect(ids).not.toContain(late);
    expect(r2027.created.find((c) => c.contractId === yearly)).toMatchObject({ kind: 'renewal', ruleId: 'R-P10', periodStart: '2027-01-01', months: 12, amountCents: 600_000 });
    expect((await produceRenewals(deps, { actor: manager, year: 2027 })).created).toEqual([]);
    expect((await produceRenewals(deps, { actor: manager, year: 2028 })).created.map((c) => c.contractId)).toContain(late);
  });

  it('R-P8: a retroactive activation charges the whole current year from 1 January; a charge not yet invoiced can be cancelled', async () => {
    const id = await contract({ startDate: '2026-06-15', yearlyPriceCents: 360_000 });
    const ch = await recordRetroactiveActivation(deps, { actor: manager, contractId: id });
    expect(ch).toMatchObject({ kind: 'retroactive', ruleId: 'R-P8', periodStart: '2026-01-01', periodEnd: '2026-12-31', amountCents: 360_000 });
    await cancelCharge(deps, { actor: manager, contractId: id, chargeId: ch.id });
    expect(await recordRetroactiveActivation(deps, { actor: manager, contractId: id, year: 2026 })).toMatchObject({ amountCents: 360_000 });
    expect((await listContractCharges(deps, { actor: manager, contractId: id })).items.map((c) => c.cancelledAt !== null).sort()).toEqual([false, true]);
  });

  it('R-P6 + R-P9: a licence cost change re-prices the contract and charges the difference for the months left', async () => {
    const id = await contract({ priceBasis: 'licence', basisAmountCents: 10_000_000, percentBp: 1800 });
    expect((await findContractRow(s.storage.db, Scope.system, id))!.yearlyPriceCents).toBe(1_800_000);
    const r = await changeContractBasis(deps, { actor: manager, contractId: id, basisAmountCents: 13_333_333, changeDate: '2026-10-20' });
    expect(r.contract.yearlyPriceCents).toBe(2_400_000);
    expect(r.charge).toMatchObject({ kind: 'adjustment', ruleId: 'R-P9', months: 3, yearlyPriceCents: 600_000, amountCents: 150_000, periodEnd: '2026-12-31' });
  });

  it('R-P9: a yearly increase needs the inflation rate, stays within it, needs the customer\'s agreement, and applies at the renewal', async () => {
    const id = await contract({ startDate: '2026-01-01', yearlyPriceCents: 1_000_000 });
    const agreement = { contactId: w.admin.id, agreedOn: '2026-11-10', note: 'Signed addendum' };
    expect(await code(recordYearlyIncrease(deps, { actor: manager, contractId: id, year: 2029, percentBp: 300, agreement }))).toBe('INFLATION_RATE_MISSING');
    await setInflationRate(deps, { actor: manager, year: 2029, rateBp: 310, source: 'INE' });
    expect(await code(recordYearlyIncrease(deps, { actor: manager, contractId: id, year: 2029, percentBp: 311, agreement }))).toBe('INCREASE_ABOVE_INFLATION');
    expect(await code(recordYearlyIncrease(deps, { actor: manager, contractId: id, year: 2029, percentBp: 300 }))).toBe('INCREASE_NOT_AGREED');
    const agent = await staffActor(deps, 'agent');
    expect(await code(recordYearlyIncrease(deps, { actor: agent, contractId: id, year: 2029, percentBp: 300, agreement }))).toBe('FORBIDDEN');
    const inc = await recordYearlyIncrease(deps, { actor: manager, contractId: id, year: 2029, percentBp: 310, agreement });
    expect(inc).toMatchObject({ newYearlyCents: 1_031_000, inflationBp: 310, appliedAt: null });
    expect((await notices(w.customerId)).some((n) => n.dedupeKey === `increase-notice:${inc.id}`)).toBe(true);
    const renewal = (await produceRenewals(deps, { actor: manager, year: 2029 })).created.find((c) => c.contractId === id);
    expect(renewal).toMatchObject({ amountCents: 1_031_000 });
    expect((await findContractRow(s.storage.db, Scope.system, id))!.yearlyPriceCents).toBe(1_031_000);
  });
});
