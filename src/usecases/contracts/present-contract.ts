import type { ContractRow } from '../../storage/contracts.queries.js';

export interface ContractView {
  id: string;
  customerId: string;
  planId: string;
  reference: string;
  startDate: string;
  goLiveDate: string | null;
  endDate: string | null;
  priceBasis: 'fixed' | 'licence' | 'development';
  basisAmountCents: number | null;
  percentBp: number | null;
  yearlyPriceCents: number | null;
  currency: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

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
