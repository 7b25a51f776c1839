import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { insertContractRow } from '../../storage/contracts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanRow } from '../../storage/plans.queries.js';
import { assertContractDates, priceFields, type ContractFields } from './contract-fields.js';
import { presentContract, type ContractView } from '../../presenters/contracts/present-contract.js';
import { withTx } from '../../storage/with-tx.js';

export type CreateContractInput = { actor: Actor; customerId: string; planId: string; startDate: string } & ContractFields;

/**
 * R-P3: a contract binds a customer to a plan from a start date (inclusive)
 * to an optional end date (inclusive), with an optional go-live date (R-P4)
 * and a price (R-P6; currency defaults to the customer's). Throws FORBIDDEN,
 * NOT_FOUND (customer), INVALID_PLAN (missing or archived plan, path planId),
 * CONFLICT (archived customer), INVALID_DATE_RANGE, VALIDATION_FAILED.
 */
export async function createContract(deps: { db: Db; clock: Clock }, input: CreateContractInput): Promise<ContractView> {
  assertCanEditCatalogue(input.actor);
  const dates = { startDate: input.startDate, goLiveDate: input.goLiveDate ?? null, endDate: input.endDate ?? null };
  assertContractDates(dates);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const customer = await findCustomerRow(tx, input.customerId, { lock: true });
    if (!customer) throw new DomainError('NOT_FOUND', 'No such customer.');
    if (customer.archivedAt) throw new DomainError('CONFLICT', 'The customer is archived.', [{ path: 'customerId', problem: 'archived' }]);
    const plan = await findPlanRow(tx, input.planId);
    if (!plan || plan.archivedAt) throw new DomainError('INVALID_PLAN', 'No such live plan.', [{ path: 'planId', problem: plan ? 'archived' : 'not found' }]);
    const price = priceFields({
      priceBasis: input.priceBasis ?? 'fixed',
      basisAmountCents: input.basisAmountCents ?? null,
      percentBp: input.percentBp ?? null,
      yearlyPriceCents: input.yearlyPriceCents ?? null,
    });
    const r = await insertContractRow(tx, {
      customerId: customer.id,
      planId: plan.id,
      reference: input.reference ?? '',
      ...dates,
      ...price,
      currency: input.currency ?? customer.currency,
      createdAt: now,
      updatedAt: now,
    });
    const details = { customerId: customer.id, planId: plan.id, startDate: r.startDate, endDate: r.endDate };
    await recordAudit(tx, { at: now, actor: input.actor, action: 'contract.created', objectType: 'contract', objectId: r.id, details });
    return presentContract(r);
  });
}
