import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import type { Db } from '../../storage/db.js';
import { getApiTokenSettingsRow, insertApiToken } from '../../storage/tokens.queries.js';

const DAY_MS = 86_400_000;
import type { CreatedApiToken } from '../../views/tokens.js';
import { keyedHash, randomToken } from '../auth/crypto.js';
import { presentApiToken } from '../../presenters/tokens/present-api-token.js';

/**
 * Creates a personal API token for the caller. The secret is returned once and
 * stored only as a keyed hash. Every token expires (issue 13 item 8): without
 * an expiry it gets the administrator's default lifetime, and none may outlive
 * the maximum (api_token_settings). Throws FORBIDDEN for the system actor,
 * VALIDATION_FAILED for an expiry in the past or beyond the maximum.
 */
export async function createApiToken(
  deps: { db: Db; clock: Clock; secretKey: string },
  input: { actor: Actor; name: string; expiresAt?: string | null },
): Promise<CreatedApiToken> {
  const { actor } = input;
  if (actor.kind === 'system') throw new DomainError('FORBIDDEN', 'The system has no tokens.');
  const now = deps.clock.now();
  const settings = await getApiTokenSettingsRow(deps.db);
  const latest = new Date(now.getTime() + settings.maxDays * DAY_MS);
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : new Date(now.getTime() + settings.defaultDays * DAY_MS);
  if (expiresAt <= now) {
    throw new DomainError('VALIDATION_FAILED', 'The expiry must be in the future.', [
      { path: 'body.expiresAt', problem: 'must be in the future' },
    ]);
  }
  if (expiresAt > latest) {
    throw new DomainError('VALIDATION_FAILED', `A token may live at most ${settings.maxDays} days.`, [
      { path: 'body.expiresAt', problem: `at most ${settings.maxDays} days from now (${latest.toISOString()})` },
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
