import type { Actor } from '../../core/actor.js';
import { pageRequest, parseSort, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { listPlanRows } from '../../storage/plans.queries.js';
import { presentPlan, type PlanView } from '../../presenters/plans/present-plan.js';
import { authorize, STAFF } from '../../core/access.js';

/**
 * Pages plans; filters archived, catalogue and a code/name search. Default
 * order: catalogue then rank. Sort: code, name, rank, createdAt (prefix - for descending).
 */
export async function listPlans(
  deps: { db: Db },
  input: { actor: Actor; archived?: boolean; catalogue?: string; q?: string; sort?: string; limit?: number; offset?: number },
): Promise<Page<PlanView>> {
  authorize(input.actor, STAFF);
  const page = pageRequest(input.limit, input.offset);
  const sort = parseSort(input.sort, ['code', 'name', 'rank', 'createdAt'] as const);
  const { rows, total } = await listPlanRows(deps.db, { archived: input.archived, catalogue: input.catalogue, q: input.q, sort }, page);
  return { items: rows.map(presentPlan), total, ...page };
}
