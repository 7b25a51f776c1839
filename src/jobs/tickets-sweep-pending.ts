import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import type { ItemFailure } from '../usecases/sweeps/support/each-item.js';
import { closeDuePendingTickets } from '../usecases/tickets/close-due-pending-tickets.js';
import { sendDuePendingReminders } from '../usecases/tickets/send-due-pending-reminders.js';
import { inBatches } from './in-batches.js';

/**
 * `tickets.sweep-pending` (R-K5): reminders first, then closures, each in
 * bounded SKIP LOCKED batches; every action clears its own deadline in the
 * transaction that records it, so a crash or a second worker never acts twice.
 */
const SWEEP = 'tickets.sweep-pending';

export async function sweepPending(deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void }, opts: { batch?: number } = {}) {
  const batch = opts.batch ?? 50;
  const result = { reminders: 0, closed: 0, postponed: 0, blocked: 0 };
  result.reminders = await inBatches({ batch }, () => sendDuePendingReminders(deps, { batch, sweep: SWEEP }));
  await inBatches({ batch }, async () => {
    const r = await closeDuePendingTickets(deps, { batch, sweep: SWEEP });
    for (const k of ['closed', 'postponed', 'blocked'] as const) result[k] += r.outcomes[k];
    return r.claimed;
  });
  return result;
}
