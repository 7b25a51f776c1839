import type { ContractTermsRow } from '../../storage/billing-terms.queries.js';
import type { ContractTermsView } from '../../views/billing.js';

export type { ContractTermsView };

/** The stored terms, or the defaults: nothing free beyond R-B5, 15-minute units per entry, no overage price. */
export function presentContractTerms(contractId: string, r: ContractTermsRow | null): ContractTermsView {
  return {
    contractId,
    hasUpdateSubscription: r?.hasUpdateSubscription ?? false,
    vendorHosted: r?.vendorHosted ?? false,
    hasServiceContract: r?.hasServiceContract ?? false,
    configurationTakeoverDate: r?.configurationTakeoverDate ?? null,
    freeConfigurationTasksPerYear: r?.freeConfigurationTasksPerYear ?? 0,
    billingUnitMinutes: r?.billingUnitMinutes ?? 15,
    roundingRule: r?.roundingRule ?? 'per_entry',
    overageTicketPriceCents: r?.overageTicketPriceCents ?? null,
    categoryOverrides: r?.categoryOverrides ?? {},
    stored: r !== null,
    updatedAt: r?.updatedAt.toISOString() ?? null,
  };
}
