import type { Actor } from '../../core/actor.js';
import { customerScope } from '../../core/contracts/tenant-scope.js';
import { pageRequest, parseSort, type Page } from '../../core/paging.js';
import { listContractRows } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContract, type ContractView } from './present-contract.js';

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
  const scope = input.actor.kind === 'contact' ? customerScope(input.actor, input.customerId ?? input.actor.customerId) : (input.customerId ?? null);
  const page = pageRequest(input.limit, input.offset);
  const sort = parseSort(input.sort, ['startDate', 'endDate', 'reference', 'createdAt'] as const);
  const f = { planId: input.planId, archived: input.archived, activeOn: input.activeOn, q: input.q, sort };
  const { rows, total } = await listContractRows(deps.db, scope, f, page);
  return { items: rows.map(presentContract), total, ...page };
}
