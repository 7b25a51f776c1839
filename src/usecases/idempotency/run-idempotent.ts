import type { Clock } from '../../core/clock.js';
import type { Db } from '../../storage/db.js';
import { claimIdempotencyKey, completeIdempotencyKey, findIdempotencyKey } from '../../storage/idempotency.queries.js';
import { withTx } from '../../storage/with-tx.js';

/** A response as it is stored and replayed. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

export type IdempotentOutcome =
  /** The work ran now (or its refusal was kept): claim, work and response committed together. */
  | { kind: 'fresh'; response: StoredResponse }
  /** The key was used before: its request hash and the response it gave. */
  | { kind: 'replay'; requestHash: string; response: StoredResponse }
  /** The key was claimed meanwhile and is gone again (expired and reclaimed, or rolled back): try again. */
  | { kind: 'gone' };

/**
 * Runs `work` once per (scope, key) within `ttlHours` (issue 14, item 1):
 * claiming the key, the work and the stored response commit in ONE
 * transaction, and `work` gets the transaction as its db. `refusal` turns an
 * error into a response to keep (a refusal is replayed like a success; its
 * partial writes are rolled back to a savepoint) or returns null to roll
 * everything back and rethrow. A concurrent call with the same key waits for
 * the first to end, then replays it.
 */
export async function runIdempotent(
  deps: { db: Db; clock: Clock },
  id: { scope: string; key: string; requestHash: string; ttlHours: number },
  work: (db: Db) => Promise<StoredResponse>,
  refusal: (error: unknown) => StoredResponse | null,
): Promise<IdempotentOutcome> {
  const fresh = await withTx(deps.db, async (tx): Promise<StoredResponse | null> => {
    if (!(await claimIdempotencyKey(tx, id.scope, id.key, id.requestHash, deps.clock.now(), id.ttlHours))) return null;
    let response: StoredResponse;
    try {
      // A savepoint: a refusal's partial writes go, the claim and its stored refusal stay.
      response = await withTx(tx, work);
    } catch (e) {
      const kept = refusal(e);
      if (!kept) throw e; // rolls back claim and work
      response = kept;
    }
    await completeIdempotencyKey(tx, id.scope, id.key, response.status, response.body);
    return response;
  });
  if (fresh) return { kind: 'fresh', response: fresh };
  const prior = await findIdempotencyKey(deps.db, id.scope, id.key);
  if (!prior || prior.state !== 'done') return { kind: 'gone' };
  return { kind: 'replay', requestHash: prior.requestHash, response: { status: prior.statusCode ?? 200, body: prior.response } };
}
