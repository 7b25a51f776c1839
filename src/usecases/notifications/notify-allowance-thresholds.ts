import { allowanceThreshold } from '../../core/notifications/templates/allowance.js';
import { recordContractNotification } from '../../storage/contract-notifications.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findCustomerAdministrator, listManagerRecipients } from '../../storage/recipients.queries.js';
import { queueEmail } from './queue-email.js';
import { pageUrl } from '../../core/pages.js';

export interface AllowanceSnapshot {
  contractId: string;
  customerId: string;
  planName: string;
  yearStart: string;
  /** Included plus bundles; thresholds are of this total. */
  total: number;
  usedAfter: number;
  overageRule: 'bill' | 'hold';
}

const THRESHOLDS = [80, 100] as const;
/** Below this share of the allowance (percent) a registration can notify no one. */
export const FIRST_ALLOWANCE_THRESHOLD = THRESHOLDS[0];

/**
 * R-P5: when a registration crosses 80 % or 100 % of the year's allowance,
 * the customer's administrator and the managers hear of it, once per contract
 * year and total (a new bundle re-arms the thresholds). Runs in the
 * registration's transaction.
 */
export async function notifyAllowanceThresholds(db: Db, now: Date, s: AllowanceSnapshot, publicUrl: string): Promise<number> {
  if (s.total <= 0) return 0;
  let sent = 0;
  for (const threshold of THRESHOLDS) {
    if (s.usedAfter * 100 < s.total * threshold) continue;
    const period = `${s.yearStart}:${s.total}`;
    if (!(await recordContractNotification(db, { contractId: s.contractId, kind: `allowance_${threshold}`, period, firedAt: now }))) continue;
    const customer = await findCustomerRow(db, s.customerId);
    const admin = await findCustomerAdministrator(db, s.customerId);
    const recipients = [...(admin ? [admin] : []), ...(await listManagerRecipients(db))];
    for (const r of recipients) {
      const rendered = allowanceThreshold(
        { customerName: customer?.name ?? '', planName: s.planName, threshold, used: s.usedAfter, total: s.total, yearStart: s.yearStart, overageRule: s.overageRule, url: r.kind === 'contact' ? pageUrl(publicUrl, 'supportOverview', {}) : pageUrl(publicUrl, 'adminCustomer', { id: s.customerId }) },
        { locale: r.locale, timeZone: r.timeZone },
      );
      await queueEmail(db, now, { recipient: r, template: `allowance_${threshold}`, rendered, dedupeKey: `allowance:${s.contractId}:${threshold}:${period}:${r.id}`, customerId: s.customerId });
      sent++;
    }
  }
  return sent;
}
