import type { Actor } from '../../core/actor.js';
import type { BillingLocale } from '../../core/billing/format-money.js';
import { chargeText } from '../../core/billing/line-text.js';
import type { ChargeQuote } from '../../core/billing/pricing.js';
import { chargeNoticeTemplate } from '../../core/billing/templates/charge-notice.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { insertChargeRow, type ChargeRow } from '../../storage/billing-charges.queries.js';
import type { ContractRow } from '../../storage/contracts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findCustomerAdministrator } from '../../storage/recipients.queries.js';
import { uniqueViolation } from '../../storage/sql-helpers.js';
import { queueEmail } from '../notifications/queue-email.js';
import { pageUrl } from '../../core/pages.js';

/**
 * Records a contract fee charge (R-P7..R-P10) in the caller's transaction
 * and, unless `notify` is false, queues the notice to the customer's
 * administrator in the same transaction, so the customer is told before the
 * charge reaches an invoice (R-P9). Throws ALREADY_CHARGED for a second
 * activation, retroactive or renewal charge of the same period.
 */
export async function recordCharge(
  tx: Db,
  ctx: { now: Date; actor: Actor; publicUrl: string },
  contract: ContractRow,
  quote: ChargeQuote,
  opts: { details?: Record<string, unknown>; notify?: boolean } = {},
): Promise<ChargeRow> {
  let row: ChargeRow;
  try {
    row = await insertChargeRow(tx, {
      contractId: contract.id, customerId: contract.customerId, kind: quote.kind, ruleId: quote.ruleId, periodStart: quote.periodStart, periodEnd: quote.periodEnd,
      months: quote.months, yearlyPriceCents: quote.yearlyPriceCents, amountCents: quote.amountCents, currency: contract.currency, details: opts.details ?? {},
      createdAt: ctx.now, createdBy: ctx.actor.id,
    });
  } catch (e) {
    if (uniqueViolation(e) !== null) throw new DomainError('ALREADY_CHARGED', `The contract already has a ${quote.kind} charge from ${quote.periodStart}.`, { kind: quote.kind, periodStart: quote.periodStart });
    throw e;
  }
  await recordAudit(tx, { at: ctx.now, actor: ctx.actor, action: `contract.charge_${quote.kind}`, objectType: 'contract', objectId: contract.id, details: { chargeId: row.id, amountCents: row.amountCents, months: row.months } });
  if (opts.notify === false || row.amountCents === 0) return row;
  const admin = await findCustomerAdministrator(tx, contract.customerId);
  if (!admin) return row;
  const customer = await findCustomerRow(tx, contract.customerId);
  const description = chargeText({ ...quote, reference: contract.reference }, admin.locale as BillingLocale);
  const rendered = chargeNoticeTemplate(
    { customerName: customer?.name ?? '', recipientName: admin.name, description, amountCents: row.amountCents, currency: row.currency, url: pageUrl(ctx.publicUrl, 'supportInvoices', {}) },
    { locale: admin.locale, timeZone: admin.timeZone },
  );
  await queueEmail(tx, ctx.now, { recipient: admin, template: 'charge-notice', rendered, dedupeKey: `charge-notice:${row.id}`, customerId: contract.customerId });
  return row;
}
