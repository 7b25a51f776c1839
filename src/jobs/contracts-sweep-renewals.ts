import { addDays } from '../core/catalogue/dates.js';
import type { Clock } from '../core/clock.js';
import { renewalReminder } from '../core/notifications/templates/renewal.js';
import { listContractsEndingUnnotified, recordContractNotification } from '../storage/contract-notifications.queries.js';
import { findCustomerRow } from '../storage/customers.queries.js';
import type { Db } from '../storage/db.js';
import { findCustomerAdministrator, listManagerRecipients } from '../storage/recipients.queries.js';
import { findPlanName } from '../storage/ticket-context.queries.js';
import { queueEmail } from '../usecases/notifications/queue-email.js';
import { eachItem, type ItemFailure } from './each-item.js';
import { inBatches } from './in-batches.js';
import { pageUrl } from '../core/pages.js';

/**
 * `contracts.sweep-renewals` (R-P10): a contract with an end date within
 * `noticeDays` gets one renewal reminder to the managers and the customer's
 * administrator, recorded once per contract and end date in the same
 * transaction as the mail.
 */
export async function sweepRenewals(deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void }, opts: { noticeDays?: number; batch?: number } = {}): Promise<number> {
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  const until = addDays(today, opts.noticeDays ?? 30);
  let sent = 0;
  const batch = opts.batch ?? 50;
  await inBatches(deps.db, { batch }, async (tx) => {
    const rows = await listContractsEndingUnnotified(tx, today, until, batch, now);
    await eachItem(tx, { sweep: 'contracts.sweep-renewals', now, onFailure: deps.onFailure }, rows, (c) => c.id, async (tx, c) => {
      if (!(await recordContractNotification(tx, { contractId: c.id, kind: 'renewal', period: c.endDate!, firedAt: now }))) return;
      const customer = await findCustomerRow(tx, c.customerId);
      const planName = await findPlanName(tx, c.planId);
      const admin = await findCustomerAdministrator(tx, c.customerId);
      for (const r of [...(admin ? [admin] : []), ...(await listManagerRecipients(tx))]) {
        const rendered = renewalReminder(
          { customerName: customer?.name ?? '', planName, endDate: c.endDate!, reference: c.reference, url: r.kind === 'contact' ? pageUrl(deps.publicUrl, 'supportOverview', {}) : pageUrl(deps.publicUrl, 'adminContracts', {}) },
          { locale: r.locale, timeZone: r.timeZone },
        );
        await queueEmail(tx, now, { recipient: r, template: 'renewal_reminder', rendered, dedupeKey: `renewal:${c.id}:${c.endDate}:${r.id}`, customerId: c.customerId });
        sent++;
      }
    });
    return rows.length;
  });
  return sent;
}
