import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { findUserRow } from '../../storage/users.queries.js';
import { presentUser, type UserView } from '../../presenters/users/present-user.js';
import { authorize, MANAGERS } from '../../core/access.js';

/** One vendor user. Throws NOT_FOUND. */
export async function getUser(deps: { db: Db }, input: { actor: Actor; id: string }): Promise<UserView> {
  authorize(input.actor, MANAGERS);
  const u = await findUserRow(deps.db, input.id);
  if (!u) throw new DomainError('NOT_FOUND', 'No such user.');
  return presentUser(u);
}
