import type { Clock } from '../../core/clock.js';
import { renewalReminder } from '../../core/notifications/templates/renewal.js';
import { pageUrl } from '../../core/pages.js';
import { listContractsEndingUnnotified, recordContractNotification } from '../../storage/contract-notifications.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findCustomerAdministrator, listManagerRecipients } from '../../storage/recipients.queries.js';
import { findPlanName } from '../../storage/ticket-context.queries.js';
import { withTx } from '../../storage/with-tx.js';
import { queueEmail } from '../notifications/queue-email.js';
import { eachItem, type ItemFailure } from '../sweeps/support/each-item.js';

/**
 * One batch of R-P10 renewal reminders, in one transaction: up to `batch`
 * contracts ending between `from` and `until` (dates) and not yet reminded
 * get one reminder to the managers and the customer's administrator,
 * recorded once per contract and end date with the mail, each in its own
 * savepoint (retried, then quarantined under `sweep`). Returns how many
 * contracts were claimed and how many mails were queued.
 */
export async function sendRenewalReminders(
  deps: { db: Db; clock: Clock; publicUrl: string; onFailure?: (f: ItemFailure) => void },
  opts: { from: string; until: string; batch: number; sweep: string },
): Promise<{ claimed: number; sent: number }> {
  return withTx(deps.db, async (tx) => {
    const now = deps.clock.now();
    const rows = await listContractsEndingUnnotified(tx, opts.from, opts.until, opts.batch, now);
    let sent = 0;
    await eachItem(tx, { sweep: opts.sweep, now, onFailure: deps.onFailure }, rows, (c) => c.id, async (tx, c) => {
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
    return { claimed: rows.length, sent };
  });
}
