import { deleteSession } from '../../storage/auth.queries.js';
import type { Db } from '../../storage/db.js';
import { keyedHash } from './crypto.js';

/** Ends one session. Unknown tokens are ignored (signing out twice is fine). */
export async function signOut(deps: { db: Db; secretKey: string }, sessionToken: string): Promise<void> {
  await deleteSession(deps.db, keyedHash(deps.secretKey, sessionToken));
}
