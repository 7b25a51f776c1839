import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { insertApiToken } from '../../storage/tokens.queries.js';
import type { CreatedApiToken } from '../../views/tokens.js';
import { keyedHash, randomToken } from '../auth/crypto.js';
import { presentApiToken } from './present-api-token.js';

/**
 * Creates a personal API token for the caller. The secret is returned once and
 * stored only as a keyed hash. Throws FORBIDDEN for the system actor,
 * VALIDATION_FAILED for an expiry in the past.
 */
export async function createApiToken(
  deps: { db: Db; clock: Clock; secretKey: string },
  input: { actor: Actor; name: string; expiresAt?: string | null },
): Promise<CreatedApiToken> {
  const { actor } = input;
  if (actor.kind === 'system') throw new DomainError('FORBIDDEN', 'The system has no tokens.');
  const now = deps.clock.now();
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= now) {
    throw new DomainError('VALIDATION_FAILED', 'The expiry must be in the future.', [
      { path: 'body.expiresAt', problem: 'must be in the future' },
    ]);
  }
  const prefix = randomToken(6);
  const token = `cdt_${prefix}_${randomToken(32)}`;
  const row = await insertApiToken(deps.db, {
    principalKind: actor.kind,
    principalId: actor.id,
    name: input.name,
    prefix,
    tokenHash: keyedHash(deps.secretKey, token),
    createdAt: now,
    expiresAt,
  });
  return { ...presentApiToken(row), token };
}
