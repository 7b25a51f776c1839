import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { deleteSessionsOf } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { contacts, users } from '../../storage/schema/index.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * Changes the caller's own password after checking the current one; ends every
 * other session of the caller. Throws INVALID_CREDENTIALS, VALIDATION_FAILED.
 */
export async function changePassword(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; currentPassword: string; newPassword: string },
): Promise<void> {
  const { actor } = input;
  if (actor.kind === 'system') throw new DomainError('FORBIDDEN', 'The system has no password.');
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new DomainError('VALIDATION_FAILED', problem, [{ path: 'body.newPassword', problem }]);
  const table = actor.kind === 'user' ? users : contacts;
  const [row] = await deps.db.select({ hash: table.passwordHash }).from(table).where(eq(table.id, actor.id));
  if (!(await verifyPassword(row?.hash ?? null, input.currentPassword))) {
    throw new DomainError('INVALID_CREDENTIALS', 'The current password is not right.');
  }
  const hash = await hashPassword(input.newPassword);
  await withTx(deps.db, async (tx) => {
    if (actor.kind === 'user') {
      await tx.update(users).set({ passwordHash: hash, mustChangePassword: false, updatedAt: deps.clock.now() }).where(eq(users.id, actor.id));
    } else {
      await tx.update(contacts).set({ passwordHash: hash, updatedAt: deps.clock.now() }).where(eq(contacts.id, actor.id));
    }
    await deleteSessionsOf(tx, actor.kind, actor.id);
  });
}
