import type { Clock } from '../../core/clock.js';
import { SYSTEM_ACTOR } from '../../core/actor.js';
import type { Db } from '../../storage/db.js';
import { countUsers } from '../../storage/users.queries.js';
import { createUser } from '../users/create-user.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@coverdesk.local';

/**
 * On an empty database, creates the first admin: from ADMIN_EMAIL/ADMIN_PASSWORD
 * when given, otherwise with a one-time password the caller prints once.
 * Returns null when users already exist.
 */
export async function bootstrapAdmin(
  deps: { db: Db; clock: Clock },
  input: { email: string | null; password: string | null },
): Promise<{ email: string; oneTimePassword: string | null } | null> {
  if ((await countUsers(deps.db)) > 0) return null;
  const email = input.email ?? DEFAULT_ADMIN_EMAIL;
  const { oneTimePassword } = await createUser(deps, {
    actor: SYSTEM_ACTOR,
    email,
    name: 'Administrator',
    role: 'admin',
    ...(input.password ? { password: input.password } : {}),
  });
  return { email, oneTimePassword };
}
