import type { ContractRow } from '../../storage/contracts.queries.js';
import type { ContractView } from '../../views/customers.js';

export type { ContractView };

export function presentContract(r: ContractRow): ContractView {
  return {
    id: r.id,
    customerId: r.customerId,
    planId: r.planId,
    reference: r.reference,
    startDate: r.startDate,
    goLiveDate: r.goLiveDate,
    endDate: r.endDate,
    priceBasis: r.priceBasis,
    basisAmountCents: r.basisAmountCents,
    percentBp: r.percentBp,
    yearlyPriceCents: r.yearlyPriceCents,
    currency: r.currency,
    archivedAt: r.archivedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
