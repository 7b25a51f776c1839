import type { Actor } from '../../core/actor.js';
import { computeActivationCharge, computeRetroactiveCharge } from '../../core/billing/pricing.js';
import { isIsoDate } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { getBillingSettingsRow } from '../../storage/billing-terms.queries.js';
import type { Db } from '../../storage/db.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { lockLiveContract, yearlyPriceOf } from './contract-pricing-context.js';
import { presentCharge, type ChargeView } from '../../presenters/billing/present-charge.js';
import { recordCharge } from './record-charge.js';
import { withTx } from '../../storage/with-tx.js';

type Deps = { db: Db; clock: Clock; config: { publicUrl: string } };

/**
 * R-P7: charges a contract's first term after the project's final
 * acceptance: to 31 December at (remaining months)/12 when accepted on or
 * before 31 August (the billing setting decides 31 August itself), else to
 * 31 December of the next year at (remaining + 12)/12. The month of
 * acceptance counts whole. The administrator is notified in the same
 * transaction. Throws FORBIDDEN, NOT_FOUND, CONFLICT, PRICE_MISSING, ALREADY_CHARGED, VALIDATION_FAILED.
 */
export async function recordActivation(deps: Deps, input: { actor: Actor; contractId: string; acceptanceDate: string }): Promise<ChargeView> {
  assertBillingManager(input.actor);
  if (!isIsoDate(input.acceptanceDate)) throw new DomainError('VALIDATION_FAILED', 'Not a date.', [{ path: 'body.acceptanceDate', problem: 'expected YYYY-MM-DD' }]);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const contract = await lockLiveContract(tx, input.actor, input.contractId);
    const settings = await getBillingSettingsRow(tx);
    const quote = computeActivationCharge({ yearlyPriceCents: yearlyPriceOf(contract), acceptanceDate: input.acceptanceDate, augustThirtyFirstCounts: settings.august31Counts });
    const row = await recordCharge(tx, { now, actor: input.actor, publicUrl: deps.config.publicUrl }, contract, quote, { details: { acceptanceDate: input.acceptanceDate, august31Counts: settings.august31Counts } });
    return presentCharge(row);
  });
}

/**
 * R-P8: a customer without a contract, or who did not renew in time, pays
 * the whole calendar year when activating late (1 January – 31 December,
 * 12/12); `year` defaults to the current UTC year. Notified like any extra
 * charge. Throws FORBIDDEN, NOT_FOUND, CONFLICT, PRICE_MISSING, ALREADY_CHARGED.
 */
export async function recordRetroactiveActivation(deps: Deps, input: { actor: Actor; contractId: string; year?: number }): Promise<ChargeView> {
  assertBillingManager(input.actor);
  const now = deps.clock.now();
  const year = input.year ?? now.getUTCFullYear();
  return withTx(deps.db, async (tx) => {
    const contract = await lockLiveContract(tx, input.actor, input.contractId);
    const quote = computeRetroactiveCharge({ yearlyPriceCents: yearlyPriceOf(contract), year });
    return presentCharge(await recordCharge(tx, { now, actor: input.actor, publicUrl: deps.config.publicUrl }, contract, quote));
  });
}
