import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { deleteSessionsOf } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { countActiveAdmins, findUserRow, updateUserRow } from '../../storage/users.queries.js';
import { presentUser, type UserView } from '../../presenters/users/present-user.js';
import { withTx } from '../../storage/with-tx.js';
import { ADMINS, authorize } from '../../core/access.js';

/**
 * Archives a vendor user: no sign-in, sessions ended, history kept. The last
 * active admin cannot be archived (CONFLICT). Throws NOT_FOUND.
 */
export async function archiveUser(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<UserView> {
  authorize(input.actor, ADMINS);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const u = await findUserRow(tx, input.id);
    if (!u) throw new DomainError('NOT_FOUND', 'No such user.');
    if (u.archivedAt) return presentUser(u);
    if (u.role === 'admin' && (await countActiveAdmins(tx)) <= 1) {
      throw new DomainError('CONFLICT', 'The last admin cannot be archived.');
    }
    const after = await updateUserRow(tx, input.id, { archivedAt: now, updatedAt: now });
    await deleteSessionsOf(tx, 'user', input.id);
    await recordAudit(tx, { at: now, actor: input.actor, action: 'user.archived', objectType: 'user', objectId: input.id });
    return presentUser(after!);
  });
}
