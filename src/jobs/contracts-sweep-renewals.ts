import { addDays } from '../core/catalogue/dates.js';
import type { Clock } from '../core/clock.js';
import type { Db } from '../storage/db.js';
import { sendRenewalReminders } from '../usecases/contracts/send-renewal-reminders.js';
import type { ItemFailure } from '../usecases/sweeps/support/each-item.js';
import { inBatches } from './in-batches.js';

/**
 * `contracts.sweep-renewals` (R-P10): a contract with an end date within
 * `noticeDays` gets one renewal reminder to the managers and the customer's
 * administrator, recorded once per contract and end date in the same
 * transaction as the mail.
 */
export async function sweepRenewals(deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void }, opts: { noticeDays?: number; batch?: number } = {}): Promise<number> {
  const today = deps.clock.now().toISOString().slice(0, 10);
  const until = addDays(today, opts.noticeDays ?? 30);
  let sent = 0;
  const batch = opts.batch ?? 50;
  await inBatches({ batch }, async () => {
    const r = await sendRenewalReminders(deps, { from: today, until, batch, sweep: 'contracts.sweep-renewals' });
    sent += r.sent;
    return r.claimed;
  });
  return sent;
}
