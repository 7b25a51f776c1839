import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { revokeApiTokenOf } from '../../storage/tokens.queries.js';

/** Revokes one of the caller's tokens. Throws NOT_FOUND for unknown or someone else's token. */
export async function revokeApiToken(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<void> {
  const { actor } = input;
  if (actor.kind === 'system' || !(await revokeApiTokenOf(deps.db, actor.kind, actor.id, input.id, deps.clock.now()))) {
    throw new DomainError('NOT_FOUND', 'No such token.');
  }
}
