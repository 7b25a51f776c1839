import type { Actor } from '../../core/actor.js';
import { addDays } from '../../core/catalogue/dates.js';
import { allowanceLeft, contractYearEnd, contractYearStart } from '../../core/tickets/allowance.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { localDateIn } from '../../core/zones.js';
import { listActiveContractRows } from '../../storage/contracts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionRowOn } from '../../storage/plans.queries.js';
import { findPlanName } from '../../storage/ticket-context.queries.js';
import { allowanceUsage } from '../../storage/tickets.queries.js';
import { authorize, STAFF_OR_CUSTOMER } from '../../core/access.js';
import { Scope } from '../../core/scope.js';

/**
 * R-P5: a customer's allowance for each contract in force today (in the
 * customer's zone): included by the plan version in force, from bundles,
 * used, excluded by the go-live grace (R-P4), overage, and left (null =
 * unlimited). Throws NOT_FOUND.
 */
export async function getAllowance(deps: { db: Db; clock: Clock }, input: { actor: Actor; customerId: string }) {
  authorize(input.actor, STAFF_OR_CUSTOMER);
  // A contact asks about its own customer only; another customer's is NOT_FOUND (RULES §1).
  Scope.within(Scope.of(input.actor), input.customerId);
  const customer = await findCustomerRow(deps.db, input.customerId);
  if (!customer) throw new DomainError('NOT_FOUND', 'No such customer.');
  const today = localDateIn(customer.timeZone, deps.clock.now());
  const contracts = await listActiveContractRows(deps.db, customer.id, today);
  const items = [];
  for (const c of contracts) {
    const pv = await findPlanVersionRowOn(deps.db, c.planId, today);
    const yearStart = contractYearStart(c.startDate, today);
    const usage = await allowanceUsage(deps.db, c.id, yearStart);
    const included = pv?.ticketsPerYear ?? null;
    items.push({
      contractId: c.id,
      planId: c.planId,
      planName: await findPlanName(deps.db, c.planId),
      planVersion: pv?.version ?? null,
      yearStart,
      yearEnd: addDays(contractYearEnd(c.startDate, yearStart), -1),
      goLiveDate: c.goLiveDate,
      included,
      fromBundles: usage.fromBundles,
      used: usage.used,
      excludedByGoLive: usage.excludedByGoLive,
      overage: usage.overage,
      left: allowanceLeft({ included, fromBundles: usage.fromBundles, used: usage.used }),
      overageRule: pv?.overageRule ?? null,
    });
  }
  return { customerId: customer.id, date: today, contracts: items };
}
