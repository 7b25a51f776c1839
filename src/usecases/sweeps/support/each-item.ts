import type { Db } from '../../../storage/db.js';
import { clearSweepFailures, recordSweepFailure } from '../../../storage/sweep-failures.queries.js';
import { withTx } from '../../../storage/with-tx.js';

/** Attempts before an item is quarantined for an administrator (issue 14, item 3). */
export const SWEEP_MAX_ATTEMPTS = 5;

/** Backoff between attempts: 1, 2, 4, 8 minutes … capped at one hour. */
export function sweepRetryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** (attempts - 1), 3_600_000);
}

export interface ItemFailure {
  sweep: string;
  itemId: string;
  attempts: number;
  quarantined: boolean;
  error: unknown;
}

/**
 * Acts on each claimed row in its own savepoint, so one row that throws
 * neither stops the batch nor undoes the others: its failure is recorded
 * with the batch (retried after a backoff, quarantined after
 * SWEEP_MAX_ATTEMPTS; claim queries skip it meanwhile) and the rest goes on.
 * Returns how many rows succeeded.
 */
export async function eachItem<T>(
  tx: Db,
  ctx: { sweep: string; now: Date; onFailure?: (f: ItemFailure) => void },
  rows: readonly T[],
  idOf: (row: T) => string,
  act: (db: Db, row: T) => Promise<void>,
): Promise<number> {
  const done: string[] = [];
  for (const row of rows) {
    const itemId = idOf(row);
    try {
      await withTx(tx, (sp) => act(sp, row));
      done.push(itemId);
    } catch (error) {
      const message = describeError(error);
      const f = await recordSweepFailure(tx, {
        sweep: ctx.sweep,
        itemId,
        error: message,
        now: ctx.now,
        retryAt: (n) => new Date(ctx.now.getTime() + sweepRetryDelayMs(n)),
        maxAttempts: SWEEP_MAX_ATTEMPTS,
      });
      ctx.onFailure?.({ sweep: ctx.sweep, itemId, attempts: f.attempts, quarantined: f.quarantinedAt !== null, error });
    }
  }
  await clearSweepFailures(tx, ctx.sweep, done);
  return done.length;
}

/** The error as an administrator reads it: a database error's own message, not the SQL text (and its parameters) around it. */
function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause instanceof Error ? e.cause : null;
  return cause && e.message.startsWith('Failed query') ? `${cause.name}: ${cause.message}` : `${e.name}: ${e.message}`;
}
