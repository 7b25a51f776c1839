import type { RoundingRule } from '../../core/billing/billing-units.js';
import type { ContractTermsRow } from '../../storage/billing-terms.queries.js';

/** A contract's billing facts (R-B1..R-B4, R-B7, R-P5) as the API shows and takes them. */
export interface ContractTermsView {
  contractId: string;
  hasUpdateSubscription: boolean;
  vendorHosted: boolean;
  hasServiceContract: boolean;
  configurationTakeoverDate: string | null;
  freeConfigurationTasksPerYear: number;
  billingUnitMinutes: number;
  roundingRule: RoundingRule;
  overageTicketPriceCents: number | null;
  /** False while the contract has no stored terms (these are the defaults). */
  stored: boolean;
  updatedAt: string | null;
}

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
    stored: r !== null,
    updatedAt: r?.updatedAt.toISOString() ?? null,
  };
}
