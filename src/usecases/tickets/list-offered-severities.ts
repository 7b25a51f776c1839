import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { localDateIn } from '../../core/zones.js';
import { listActiveContractRows } from '../../storage/contracts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionRowOn } from '../../storage/plans.queries.js';
import { listSeverityRows } from '../../storage/severities.queries.js';
import { offersSeverity } from '../../core/tickets/sla-input.js';
import { authorize, STAFF_OR_CUSTOMER } from '../../core/access.js';
import { Scope } from '../../core/scope.js';

/**
 * R-K2: the severities a customer's contacts may propose today — those the
 * plan version in force takes (listed, '*', a default severity, or every one
 * when the plan has no targets, R-S1) — with
 * their names and definitions in every language, most urgent first.
 */
export async function listOfferedSeverities(deps: { db: Db; clock: Clock }, input: { actor: Actor; customerId: string }) {
  authorize(input.actor, STAFF_OR_CUSTOMER);
  // A contact asks about its own customer only; another customer's is NOT_FOUND (RULES §1).
  Scope.within(Scope.of(input.actor), input.customerId);
  const customer = await findCustomerRow(deps.db, input.customerId);
  if (!customer) return { items: [] };
  const today = localDateIn(customer.timeZone, deps.clock.now());
  const [contract] = await listActiveContractRows(deps.db, customer.id, today);
  const pv = contract ? await findPlanVersionRowOn(deps.db, contract.planId, today) : null;
  if (!pv) return { items: [] };
  const targets = pv.targets as Record<string, unknown>;
  const { rows } = await listSeverityRows(deps.db, { archived: false }, { limit: 200, offset: 0 });
  const offered = rows.filter((s) => offersSeverity(targets, s.code, pv.defaultSeverity));
  return { items: offered.map((s) => ({ code: s.code, rank: s.rank, names: s.names, definitions: s.definitions })) };
}
