import type { Actor } from '../../core/actor.js';
import { assertAdjustmentWithoutIncrease, computeAdjustmentCharge } from '../../core/billing/pricing.js';
import { isIsoDate } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { computeYearlyPriceCents } from '../../core/contracts/contract-price.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findIncreaseRow, findPaidThrough } from '../../storage/billing-charges.queries.js';
import { updateContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContract } from '../../presenters/contracts/present-contract.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { lockLiveContract, yearlyPriceOf } from './contract-pricing-context.js';
import { presentCharge } from '../../presenters/billing/present-charge.js';
import { recordCharge } from './record-charge.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * R-P9: the licence or development cost changed (a module bought, a part
 * developed). The yearly price follows basis × percentage, and the difference
 * is charged (or credited, when lower) in proportion to the months left: from
 * the month of the change, counted whole, through the last month already paid
 * for (31 December of the change's year when nothing is charged yet). The
 * administrator is notified in the same transaction.
 * A year with an agreed inflation increase takes no cost adjustment (and the
 * other way round): INCREASE_AND_ADJUSTMENT_SAME_YEAR.
 * Throws FORBIDDEN, NOT_FOUND, CONFLICT, PRICE_MISSING, VALIDATION_FAILED.
 */
export async function changeContractBasis(
  deps: { db: Db; clock: Clock; config: { publicUrl: string } },
  input: { actor: Actor; contractId: string; basisAmountCents: number; percentBp?: number; changeDate: string },
) {
  assertBillingManager(input.actor);
  if (!isIsoDate(input.changeDate)) throw new DomainError('VALIDATION_FAILED', 'Not a date.', [{ path: 'body.changeDate', problem: 'expected YYYY-MM-DD' }]);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const contract = await lockLiveContract(tx, input.actor, input.contractId);
    if (contract.priceBasis === 'fixed') throw new DomainError('VALIDATION_FAILED', 'A fixed-price contract has no licence or development basis.', [{ path: 'priceBasis', problem: 'fixed' }]);
    const oldYearly = yearlyPriceOf(contract);
    const year = Number(input.changeDate.slice(0, 4));
    assertAdjustmentWithoutIncrease({ year, increase: await findIncreaseRow(tx, contract.id, year) });
    const percentBp = input.percentBp ?? contract.percentBp;
    const newYearly = computeYearlyPriceCents({ priceBasis: contract.priceBasis, basisAmountCents: input.basisAmountCents, percentBp, yearlyPriceCents: null });
    if (newYearly === null) throw new DomainError('PRICE_MISSING', 'Set the contract\'s percentage first.', [{ path: 'body.percentBp', problem: 'missing' }]);
    const updated = await updateContractRow(tx, contract.id, { basisAmountCents: input.basisAmountCents, percentBp, yearlyPriceCents: newYearly, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'contract.basis_changed', objectType: 'contract', objectId: contract.id, details: { from: contract.basisAmountCents, to: input.basisAmountCents, oldYearly, newYearly } });
    const paidThrough = (await findPaidThrough(tx, contract.id)) ?? `${input.changeDate.slice(0, 4)}-12-31`;
    const quote = computeAdjustmentCharge({ oldYearlyCents: oldYearly, newYearlyCents: newYearly, changeDate: input.changeDate, paidThrough });
    const details = { basisFrom: contract.basisAmountCents, basisTo: input.basisAmountCents, oldYearlyCents: oldYearly, newYearlyCents: newYearly };
    const charge = quote.months > 0 && quote.amountCents !== 0 ? await recordCharge(tx, { now, actor: input.actor, publicUrl: deps.config.publicUrl }, updated!, quote, { details }) : null;
    return { contract: presentContract(updated!), charge: charge ? presentCharge(charge) : null };
  });
}
