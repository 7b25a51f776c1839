import type { Actor } from '../../core/actor.js';
import { computeRenewalCharge } from '../../core/billing/pricing.js';
import type { Clock } from '../../core/clock.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findIncreaseRow, listRenewableContractIds, markIncreaseApplied } from '../../storage/billing-charges.queries.js';
import { findContractRow, updateContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { presentCharge, type ChargeView } from '../../presenters/billing/present-charge.js';
import { recordCharge } from './record-charge.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/**
 * R-P10: the renewal fee lines of `year`: every live contract that started by
 * 1 January and does not end before 31 December, and is not already paid for
 * that year (e.g. a 15-month first term, R-P7), is charged 12/12 of its yearly
 * price, raised first by an agreed increase for that year (R-P9, which then
 * becomes the contract's price). Idempotent: a second run charges nothing
 * new. Contracts without a price are skipped and listed. One transaction.
 * Throws FORBIDDEN.
 */
export async function produceRenewals(deps: { db: Db; clock: Clock; config: { publicUrl: string } }, input: { actor: Actor; year: number }) {
  assertBillingManager(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const created: ChargeView[] = [];
    const skipped: Array<{ contractId: string; reason: string }> = [];
    for (const id of await listRenewableContractIds(tx, input.year)) {
      let contract = (await findContractRow(tx, Scope.of(input.actor), id))!;
      const increase = await findIncreaseRow(tx, id, input.year);
      if (increase && !increase.appliedAt) {
        contract = (await updateContractRow(tx, id, { yearlyPriceCents: increase.newYearlyCents, updatedAt: now }))!;
        await markIncreaseApplied(tx, increase.id, now);
        await recordAudit(tx, { at: now, actor: input.actor, action: 'contract.increase_applied', objectType: 'contract', objectId: id, details: { year: input.year, newYearlyCents: increase.newYearlyCents } });
      }
      if (contract.yearlyPriceCents === null) {
        skipped.push({ contractId: id, reason: 'no yearly price' });
        continue;
      }
      const quote = computeRenewalCharge({ yearlyPriceCents: contract.yearlyPriceCents, year: input.year });
      created.push(presentCharge(await recordCharge(tx, { now, actor: input.actor, publicUrl: deps.config.publicUrl }, contract, quote, { notify: false, details: increase ? { increaseId: increase.id } : {} })));
    }
    return { year: input.year, created, skipped };
  });
}
