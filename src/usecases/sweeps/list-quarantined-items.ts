import type { Actor } from '../../core/actor.js';
import { pageRequest, type Page } from '../../core/paging.js';
import type { Db } from '../../storage/db.js';
import { listQuarantinedItems as listRows } from '../../storage/sweep-failures.queries.js';
import { authorize, MANAGERS } from '../../core/access.js';

export interface QuarantinedItem {
  sweep: string;
  itemId: string;
  attempts: number;
  lastError: string;
  firstFailedAt: string;
  lastFailedAt: string;
  quarantinedAt: string;
}

/**
 * Items the worker gave up on after repeated failures (issue 14, item 3), newest
 * first, with the error, for administrators: the rest of each sweep went on.
 */
export async function listQuarantinedItems(deps: { db: Db }, input: { actor: Actor; limit?: number; offset?: number }): Promise<Page<QuarantinedItem>> {
  authorize(input.actor, MANAGERS);
  const page = pageRequest(input.limit, input.offset);
  const { rows, total } = await listRows(deps.db, page);
  return {
    items: rows.map((r) => ({
      sweep: r.sweep,
      itemId: r.itemId,
      attempts: r.attempts,
      lastError: r.lastError,
      firstFailedAt: r.firstFailedAt.toISOString(),
      lastFailedAt: r.lastFailedAt.toISOString(),
      quarantinedAt: r.quarantinedAt!.toISOString(),
    })),
    total,
    ...page,
  };
}
