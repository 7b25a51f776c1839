import type { Actor } from '../../core/actor.js';
import type { BillingLocale } from '../../core/billing/format-money.js';
import { formatMoney } from '../../core/billing/format-money.js';
import { assertIncreaseWithoutAdjustment, assertYearlyIncreaseAllowed, computeIncreasedPrice } from '../../core/billing/pricing.js';
import { chargeNoticeTemplate } from '../../core/billing/templates/charge-notice.js';
import { isIsoDate } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findAdjustmentInYear, findIncreaseRow, findInflationRow, insertIncreaseRow, type IncreaseRow } from '../../storage/billing-charges.queries.js';
import { findContactRow } from '../../storage/contacts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findCustomerAdministrator } from '../../storage/recipients.queries.js';
import type { IncreaseView } from '../../views/pricing.js';
import { queueEmail } from '../notifications/queue-email.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { lockLiveContract, yearlyPriceOf } from './contract-pricing-context.js';
import { withTx } from '../../storage/with-tx.js';
import { pageUrl } from '../../core/pages.js';

export interface IncreaseAgreement {
  /** The customer's contact who agreed (normally the administrator), if recorded. */
  contactId?: string | null;
  agreedOn: string;
  /** How the customer agreed (e.g. "signed addendum 2026-11-03"). */
  note: string;
}

export const presentIncrease = (r: IncreaseRow): IncreaseView => ({
  id: r.id, contractId: r.contractId, year: r.year, percentBp: r.percentBp, inflationBp: r.inflationBp, oldYearlyCents: r.oldYearlyCents, newYearlyCents: r.newYearlyCents,
  agreedByContactId: r.agreedByContactId, agreedOn: r.agreedOn, agreementNote: r.agreementNote, recordedAt: r.recordedAt.toISOString(), appliedAt: r.appliedAt?.toISOString() ?? null,
});

/**
 * R-P9: a yearly increase of the price from 1 January of `year`, without a
 * cost change. It needs the customer's recorded agreement and may not exceed
 * the inflation rate entered for `year`; it applies at that year's renewal
 * (produceRenewals). The administrator is told in the same transaction,
 * before any charge. Throws FORBIDDEN, NOT_FOUND, CONFLICT (already recorded),
 * PRICE_MISSING, INFLATION_RATE_MISSING, INCREASE_ABOVE_INFLATION, INCREASE_NOT_AGREED,
 * INCREASE_AND_ADJUSTMENT_SAME_YEAR (a cost adjustment dated in `year`), VALIDATION_FAILED.
 */
export async function recordYearlyIncrease(
  deps: { db: Db; clock: Clock; config: { publicUrl: string } },
  input: { actor: Actor; contractId: string; year: number; percentBp: number; agreement?: IncreaseAgreement | null },
) {
  assertBillingManager(input.actor);
  const a = input.agreement ?? null;
  const agreed = a !== null && isIsoDate(a.agreedOn) && a.note.trim().length > 0;
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const contract = await lockLiveContract(tx, input.actor, input.contractId);
    const oldYearly = yearlyPriceOf(contract);
    const inflation = await findInflationRow(tx, input.year);
    assertYearlyIncreaseAllowed({ percentBp: input.percentBp, inflationBp: inflation?.rateBp ?? null, agreed });
    if (a?.contactId && !(await findContactRow(tx, contract.customerId, a.contactId))) throw new DomainError('NOT_FOUND', 'No such contact of the customer.');
    assertIncreaseWithoutAdjustment({ year: input.year, adjustment: await findAdjustmentInYear(tx, contract.id, input.year) });
    if (await findIncreaseRow(tx, contract.id, input.year)) throw new DomainError('CONFLICT', `An increase for ${input.year} is already recorded.`, [{ path: 'body.year', problem: 'duplicate' }]);
    const newYearly = computeIncreasedPrice(oldYearly, input.percentBp);
    const row = await insertIncreaseRow(tx, {
      contractId: contract.id, year: input.year, percentBp: input.percentBp, inflationBp: inflation!.rateBp, oldYearlyCents: oldYearly, newYearlyCents: newYearly,
      agreedByContactId: a!.contactId ?? null, agreedOn: a!.agreedOn, agreementNote: a!.note.trim(), recordedAt: now, recordedBy: input.actor.id,
    });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'contract.increase_recorded', objectType: 'contract', objectId: contract.id, details: { year: input.year, percentBp: input.percentBp } });
    const admin = await findCustomerAdministrator(tx, contract.customerId);
    if (admin) {
      const locale = admin.locale as BillingLocale;
      const customer = await findCustomerRow(tx, contract.customerId);
      const pct = new Intl.NumberFormat({ en: 'en-GB', es: 'es-ES', el: 'el-GR' }[locale], { style: 'percent', maximumFractionDigits: 2 }).format(input.percentBp / 10_000);
      const description = {
        en: `Yearly price increase of ${pct} from 1 January ${input.year}: new yearly price ${formatMoney(newYearly, contract.currency, locale)}`,
        es: `Incremento anual del ${pct} desde el 1 de enero de ${input.year}: nuevo precio anual ${formatMoney(newYearly, contract.currency, locale)}`,
        el: `Ετήσια αύξηση ${pct} από 1 Ιανουαρίου ${input.year}: νέο ετήσιο τίμημα ${formatMoney(newYearly, contract.currency, locale)}`,
      }[locale];
      const rendered = chargeNoticeTemplate({ customerName: customer?.name ?? '', recipientName: admin.name, description, amountCents: newYearly - oldYearly, currency: contract.currency, url: pageUrl(deps.config.publicUrl, 'supportInvoices', {}) }, { locale: admin.locale, timeZone: admin.timeZone });
      await queueEmail(tx, now, { recipient: admin, template: 'charge-notice', rendered, dedupeKey: `increase-notice:${row.id}`, customerId: contract.customerId });
    }
    return presentIncrease(row);
  });
}
