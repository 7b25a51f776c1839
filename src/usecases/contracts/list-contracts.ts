import type { Actor } from '../../core/actor.js';
import { pageRequest, parseSort, type Page } from '../../core/paging.js';
import { listContractRows } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContract, type ContractView } from '../../presenters/contracts/present-contract.js';
import { Scope } from '../../core/scope.js';
import { authorize, STAFF } from '../../core/access.js';

/**
 * Pages contracts. Contacts see only their customer's (RULES §1); staff may
 * filter by customerId. Filters planId, archived, activeOn ('YYYY-MM-DD'),
 * q (reference). Sort: startDate (default), endDate, reference, createdAt.
 */
export async function listContracts(
  deps: { db: Db },
  input: {
    actor: Actor;
    customerId?: string;
    planId?: string;
    archived?: boolean;
    activeOn?: string;
    q?: string;
    sort?: string;
    limit?: number;
    offset?: number;
  },
): Promise<Page<ContractView>> {
  authorize(input.actor, STAFF);
  // A contact's scope is its customer already; staff narrow theirs when they filter by customer.
  const scope = input.customerId ? Scope.within(Scope.of(input.actor), input.customerId) : Scope.of(input.actor);
  const page = pageRequest(input.limit, input.offset);
  const sort = parseSort(input.sort, ['startDate', 'endDate', 'reference', 'createdAt'] as const);
  const f = { planId: input.planId, archived: input.archived, activeOn: input.activeOn, q: input.q, sort };
  const { rows, total } = await listContractRows(deps.db, scope, f, page);
  return { items: rows.map(presentContract), total, ...page };
}
