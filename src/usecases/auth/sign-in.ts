import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { findActor, findCredentialsByEmail, insertSession } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { clearRateLimit, hitRateLimit, peekRateLimitWindow } from '../../storage/rate-limit.queries.js';
import { keyedHash, randomToken } from './crypto.js';
import { verifyPassword } from './passwords.js';

export interface SignInDeps {
  db: Db;
  clock: Clock;
  secretKey: string;
  limits: { maxPerAccount: number; maxPerAddress: number; windowMinutes: number };
  sessionTtlHours: number;
}

export interface SignInResult {
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

/**
 * Password sign-in for staff and contacts. Rate limited per client address
 * (every attempt counts) and per account AND address (failures count; success
 * clears). The failure budget is per pair, not per account: wrong passwords
 * sent from elsewhere slow down only that sender, and the rightful owner
 * signing in from their own address is never locked out (issue 13 item 8:
 * five wrong passwords from anyone used to lock the account for everyone).
 * Throws RATE_LIMITED (with retryAfterSeconds), INVALID_CREDENTIALS (never
 * says which part was wrong).
 */
export async function signIn(
  deps: SignInDeps,
  input: { email: string; password: string; address: string },
): Promise<SignInResult> {
  const now = deps.clock.now();
  const window = deps.limits.windowMinutes * 60;
  const pairKey = `login:account-address:${input.email.trim().toLowerCase()}|${input.address}`;
  const address = await hitRateLimit(deps.db, `login:address:${input.address}`, now, window);
  if (address.hits > deps.limits.maxPerAddress) throw tooMany(retryAfter(address.windowStart, now, window));
  const pair = await peekRateLimitWindow(deps.db, pairKey, now, window);
  if (pair && pair.hits >= deps.limits.maxPerAccount) throw tooMany(retryAfter(pair.windowStart, now, window));
  const cred = await findCredentialsByEmail(deps.db, input.email);
  const ok = await verifyPassword(cred?.passwordHash ?? null, input.password);
  const actor = ok && cred && !cred.archived ? await findActor(deps.db, cred.kind, cred.id) : null;
  if (!cred || !actor) {
    await hitRateLimit(deps.db, pairKey, now, window);
    throw new DomainError('INVALID_CREDENTIALS', 'The email or the password is not right.');
  }
  await clearRateLimit(deps.db, pairKey);
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
  await insertSession(deps.db, {
    idHash: keyedHash(deps.secretKey, sessionToken),
    kind: cred.kind,
    principalId: cred.id,
    csrf: csrfToken,
    now,
    expiresAt,
  });
  return { sessionToken, csrfToken, expiresAt, actor };
}

/** Seconds until the window that started at `start` ends (at least 1). */
function retryAfter(start: Date, now: Date, windowSeconds: number): number {
  return Math.max(1, Math.ceil((start.getTime() + windowSeconds * 1000 - now.getTime()) / 1000));
}

function tooMany(retryAfterSeconds: number): DomainError {
  return new DomainError('RATE_LIMITED', 'Too many sign-in attempts. Wait a few minutes and try again.', { retryAfterSeconds });
}
