import type { Actor, StaffRole } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { isTimeZone } from '../../core/zones.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { insertUserRow, isEmailTaken } from '../../storage/users.queries.js';
import { randomToken } from '../auth/crypto.js';
import { hashPassword, passwordProblem } from '../auth/passwords.js';
import { presentUser, type UserView } from '../../presenters/users/present-user.js';
import { withTx } from '../../storage/with-tx.js';
import { ADMINS, authorize } from '../../core/access.js';

export interface CreateUserInput {
  actor: Actor;
  email: string;
  name: string;
  role: StaffRole;
  locale?: 'en' | 'es' | 'el';
  timeZone?: string;
  /** When absent a one-time password is generated, returned once, and must be changed at first sign-in. */
  password?: string;
}

/**
 * Creates a vendor user (RULES §1). Throws CONFLICT when the email is in use by
 * a user or a contact, VALIDATION_FAILED for a weak password or unknown zone.
 */
export async function createUser(
  deps: { db: Db; clock: Clock },
  input: CreateUserInput,
): Promise<{ user: UserView; oneTimePassword: string | null }> {
  authorize(input.actor, ADMINS);
  const timeZone = input.timeZone ?? 'UTC';
  if (!isTimeZone(timeZone)) {
    throw new DomainError('VALIDATION_FAILED', `Unknown time zone ${timeZone}.`, [{ path: 'body.timeZone', problem: 'unknown IANA zone' }]);
  }
  const weak = input.password !== undefined ? passwordProblem(input.password) : null;
  if (weak) throw new DomainError('VALIDATION_FAILED', weak, [{ path: 'body.password', problem: weak }]);
  const oneTimePassword = input.password === undefined ? randomToken(12) : null;
  const passwordHash = await hashPassword(input.password ?? oneTimePassword!);
  const now = deps.clock.now();
  const user = await withTx(deps.db, async (tx) => {
    if (await isEmailTaken(tx, input.email)) {
      throw new DomainError('CONFLICT', 'That email is already in use.', { field: 'email' });
    }
    const u = await insertUserRow(tx, {
      email: input.email.trim(),
      name: input.name.trim(),
      role: input.role,
      locale: input.locale ?? 'en',
      timeZone,
      passwordHash,
      mustChangePassword: oneTimePassword !== null,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'user.created', objectType: 'user', objectId: u.id, details: { role: u.role } });
    return u;
  });
  return { user: presentUser(user), oneTimePassword };
}
