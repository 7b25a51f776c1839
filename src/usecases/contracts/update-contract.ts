import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { todayUtc } from '../../core/catalogue/dates.js';
import { findContractRow, updateContractRow } from '../../storage/contracts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import { applyCapChoice } from './apply-cap-choice.js';
import type { Db } from '../../storage/db.js';
import { findPlanRow } from '../../storage/plans.queries.js';
import { assertContractDates, priceFields, type ContractFields } from './contract-fields.js';
import { presentContract, type ContractView } from '../../presenters/contracts/present-contract.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/**
 * Changes a contract. A new planId is an upgrade or downgrade that applies to
 * tickets registered from now on (R-P3; tickets keep the plan version they
 * were stamped with). A plan whose contact cap (R-C2) is below the customer's
 * authorized contacts needs `keepAuthorized`, the contacts that stay
 * authorized: the others are de-authorized in the same transaction.
 * Throws FORBIDDEN, NOT_FOUND, INVALID_PLAN, INVALID_DATE_RANGE,
 * VALIDATION_FAILED, CONFLICT (archived contract), CONTACT_CAP_CHOICE_REQUIRED.
 */
export async function updateContract(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; id: string; keepAuthorized?: string[] } & ContractFields,
): Promise<ContractView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findContractRow(tx, Scope.of(input.actor), input.id);
    if (!cur) throw new DomainError('NOT_FOUND', 'No such contract.');
    if (cur.archivedAt) throw new DomainError('CONFLICT', 'The contract is archived.', [{ path: 'id', problem: 'archived' }]);
    const planChange = input.planId !== undefined && input.planId !== cur.planId;
    let deauthorized: string[] = [];
    if (planChange) {
      const plan = await findPlanRow(tx, input.planId!);
      if (!plan || plan.archivedAt) throw new DomainError('INVALID_PLAN', 'No such live plan.', [{ path: 'planId', problem: plan ? 'archived' : 'not found' }]);
      // R-C2: the customer row lock serialises this with contacts being authorized (assertCapRoom).
      await findCustomerRow(tx, cur.customerId, { lock: true });
      ({ deauthorized } = await applyCapChoice(tx, {
        actor: input.actor, customerId: cur.customerId, contractId: cur.id, newPlanId: plan.id, today: todayUtc(now), contractStart: input.startDate ?? cur.startDate, keepAuthorized: input.keepAuthorized, now,
      }));
    }
    const dates = {
      startDate: input.startDate ?? cur.startDate,
      goLiveDate: input.goLiveDate !== undefined ? input.goLiveDate : cur.goLiveDate,
      endDate: input.endDate !== undefined ? input.endDate : cur.endDate,
    };
    assertContractDates(dates);
    const priceGiven = ['priceBasis', 'basisAmountCents', 'percentBp', 'yearlyPriceCents'].some((k) => k in input);
    const price = priceGiven
      ? priceFields({
          priceBasis: input.priceBasis ?? cur.priceBasis,
          basisAmountCents: input.basisAmountCents !== undefined ? input.basisAmountCents : cur.basisAmountCents,
          percentBp: input.percentBp !== undefined ? input.percentBp : cur.percentBp,
          // A changed basis or percent recomputes the price unless one is given (R-P9 proportional change).
          yearlyPriceCents: input.yearlyPriceCents !== undefined ? input.yearlyPriceCents : null,
        })
      : {};
    const r = await updateContractRow(tx, cur.id, {
      planId: input.planId,
      reference: input.reference,
      ...dates,
      ...price,
      currency: input.currency,
      updatedAt: now,
    });
    const fields = Object.keys(input).filter((k) => k !== 'actor' && k !== 'id' && k !== 'keepAuthorized');
    const action = planChange ? 'contract.plan_changed' : 'contract.updated';
    await recordAudit(tx, { at: now, actor: input.actor, action, objectType: 'contract', objectId: cur.id, details: { fields, fromPlanId: cur.planId, ...(deauthorized.length ? { deauthorized } : {}) } });
    return presentContract(r!);
  });
}
