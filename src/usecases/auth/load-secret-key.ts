import { getOrCreateInstanceSecret } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { randomToken } from './crypto.js';

/**
 * The HMAC key for session ids and API tokens: SECRET_KEY when configured,
 * otherwise one generated on first start and kept in the database, so every
 * process sharing that database agrees on it.
 */
export async function loadSecretKey(deps: { db: Db }, configured: string | null): Promise<string> {
  return configured ?? getOrCreateInstanceSecret(deps.db, 'token_hmac_key', randomToken(48));
}
