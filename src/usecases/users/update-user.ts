import type { Actor, StaffRole } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { isTimeZone } from '../../core/zones.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { deleteSessionsOf } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { countActiveAdmins, findUserRow, isEmailTaken, updateUserRow } from '../../storage/users.queries.js';
import { presentUser, type UserView } from '../../presenters/users/present-user.js';
import { withTx } from '../../storage/with-tx.js';
import { ADMINS, authorize } from '../../core/access.js';

export interface UpdateUserInput {
  actor: Actor;
  id: string;
  patch: { email?: string; name?: string; role?: StaffRole; locale?: 'en' | 'es' | 'el'; timeZone?: string };
}

/**
 * Edits a vendor user. The last active admin cannot lose the admin role
 * (CONFLICT); a role change ends the user's sessions so it takes effect now.
 * Throws NOT_FOUND, CONFLICT, VALIDATION_FAILED.
 */
export async function updateUser(deps: { db: Db; clock: Clock }, input: UpdateUserInput): Promise<UserView> {
  authorize(input.actor, ADMINS);
  const { patch } = input;
  if (patch.timeZone !== undefined && !isTimeZone(patch.timeZone)) {
    throw new DomainError('VALIDATION_FAILED', `Unknown time zone ${patch.timeZone}.`, [{ path: 'body.timeZone', problem: 'unknown IANA zone' }]);
  }
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const before = await findUserRow(tx, input.id);
    if (!before) throw new DomainError('NOT_FOUND', 'No such user.');
    if (patch.email && (await isEmailTaken(tx, patch.email, input.id))) {
      throw new DomainError('CONFLICT', 'That email is already in use.', { field: 'email' });
    }
    const demoting = before.role === 'admin' && patch.role !== undefined && patch.role !== 'admin';
    if (demoting && before.archivedAt === null && (await countActiveAdmins(tx)) <= 1) {
      throw new DomainError('CONFLICT', 'The last admin cannot lose the admin role.');
    }
    const after = await updateUserRow(tx, input.id, { ...patch, updatedAt: now });
    if (patch.role !== undefined && patch.role !== before.role) await deleteSessionsOf(tx, 'user', input.id);
    await recordAudit(tx, { at: now, actor: input.actor, action: 'user.updated', objectType: 'user', objectId: input.id, details: { fields: Object.keys(patch) } });
    return presentUser(after!);
  });
}
