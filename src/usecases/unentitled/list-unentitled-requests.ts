import type { Actor } from '../../core/actor.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { listUnentitledRows, type UnentitledRow } from '../../storage/unentitled.queries.js';
import { presentUnentitled, type UnentitledView } from '../../presenters/unentitled/present-unentitled.js';
import { Scope } from '../../core/scope.js';

/**
 * Refused requests kept for people to see: staff see all; a customer's
 * administrator contact sees its customer's (to approve held ones, R-P5);
 * other contacts see none.
 */
export async function listUnentitledRequests(
  deps: { db: Db },
  input: { actor: Actor; status?: UnentitledRow['status']; limit?: number; offset?: number },
): Promise<Page<UnentitledView>> {
  const page = pageRequest(input.limit, input.offset);
  const a = input.actor;
  if (a.kind === 'contact' && !a.isAdministrator) return { items: [], total: 0, ...page };
  const { rows, total } = await listUnentitledRows(deps.db, Scope.of(a), { status: input.status }, page);
  return { items: rows.map(presentUnentitled), total, ...page };
}
