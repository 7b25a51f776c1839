import type { ChargeListRow, ChargeRow } from '../../storage/billing-charges.queries.js';
import type { ChargeView } from '../../views/pricing.js';

export type { ChargeView };

/** A contract fee charge: months/12 of the yearly price for its period, minor units. */
export function presentCharge(c: ChargeRow | ChargeListRow): ChargeView {
  return {
    id: c.id, contractId: c.contractId, customerId: c.customerId, kind: c.kind, ruleId: c.ruleId, periodStart: c.periodStart, periodEnd: c.periodEnd,
    months: c.months, fraction: `${c.months}/12`, yearlyPriceCents: c.yearlyPriceCents, amountCents: c.amountCents, currency: c.currency, details: c.details,
    createdAt: c.createdAt.toISOString(), cancelledAt: c.cancelledAt?.toISOString() ?? null, invoiceId: 'invoiceId' in c ? c.invoiceId : null,
  };
}
