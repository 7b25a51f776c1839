import { eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { isTimeZone } from '../../core/zones.js';
import { findActor } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { contacts, users } from '../../storage/schema/index.js';

/**
 * A person's own preferences (RULES §9): name, language and time zone, for
 * staff and contacts alike. Role, email, authorization and customer are not
 * theirs to set. Throws VALIDATION_FAILED (unknown zone), FORBIDDEN (system).
 */
export async function updateMe(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; name?: string; locale?: 'en' | 'es' | 'el'; timeZone?: string },
): Promise<Actor> {
  const { actor } = input;
  if (actor.kind === 'system') throw new DomainError('FORBIDDEN', 'The system has no profile.');
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
    throw new DomainError('VALIDATION_FAILED', `Unknown time zone ${input.timeZone}.`, [{ path: 'body.timeZone', problem: 'unknown IANA zone' }]);
  }
  const patch = {
    ...(input.name !== undefined ? { name: input.name.trim() } : {}),
    ...(input.locale !== undefined ? { locale: input.locale } : {}),
    ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
    updatedAt: deps.clock.now(),
  };
  const table = actor.kind === 'user' ? users : contacts;
  await deps.db.update(table).set(patch).where(eq(table.id, actor.id));
  return (await findActor(deps.db, actor.kind, actor.id))!;
}
