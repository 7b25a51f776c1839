import type { Actor } from '../../core/actor.js';
import { pageRequest, parseSort, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { listSeverityRows } from '../../storage/severities.queries.js';
import { presentSeverity, type SeverityView } from '../../presenters/severities/present-severity.js';
import { authorize, STAFF } from '../../core/access.js';

/** Pages severities, most severe first by default. Sort: rank, code (prefix - for descending). */
export async function listSeverities(
  deps: { db: Db },
  input: { actor: Actor; archived?: boolean; q?: string; sort?: string; limit?: number; offset?: number },
): Promise<Page<SeverityView>> {
  authorize(input.actor, STAFF);
  const page = pageRequest(input.limit, input.offset);
  const sort = parseSort(input.sort, ['rank', 'code'] as const);
  const { rows, total } = await listSeverityRows(deps.db, { archived: input.archived, q: input.q, sort }, page);
  return { items: rows.map(presentSeverity), total, ...page };
}
