import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findUnentitledRow, updateUnentitledRow } from '../../storage/unentitled.queries.js';
import { presentUnentitled } from '../../presenters/unentitled/present-unentitled.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

/** Staff dismiss a kept request with a note; it stays readable. Throws NOT_FOUND, REQUEST_NOT_OPEN. */
export async function dismissUnentitledRequest(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string; note: string }) {
  if (input.actor.kind !== 'user') throw new DomainError('FORBIDDEN', 'Only vendor staff dismiss requests.');
  return withTx(deps.db, async (tx) => {
    const r = await findUnentitledRow(tx, Scope.of(input.actor), input.id, { lock: true });
    if (!r) throw new DomainError('NOT_FOUND', 'No such request.');
    if (r.status !== 'open' && r.status !== 'awaiting_approval') throw new DomainError('REQUEST_NOT_OPEN', 'This request was already handled.');
    const u = await updateUnentitledRow(tx, r.id, { status: 'dismissed', handledBy: input.actor.id, handledAt: deps.clock.now(), handledNote: input.note });
    return presentUnentitled(u);
  });
}
