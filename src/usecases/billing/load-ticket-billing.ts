import { computeChargeability, type Chargeability } from '../../core/billing/chargeability.js';
import { billableWorkGate, type WorkGate } from '../../core/billing/estimate-flow.js';
import { dateInZone } from '../../core/billing/local-date.js';
import { listTicketEstimates, type EstimateWithPhases } from '../../storage/billing-estimates.queries.js';
import { countFreeTasksUsed, findContractTermsRow, findFreeTask } from '../../storage/billing-terms.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { findPlanVersionById } from '../../storage/ticket-context.queries.js';
import type { TicketRow } from '../../storage/tickets.queries.js';
import { presentContractTerms, type ContractTermsView } from './contract-terms.js';
import { Scope } from '../../core/scope.js';

/** Categories whose billable work waits for an approved estimate (R-B4, R-B6). */
export const ESTIMATE_CATEGORIES = ['configuration_request', 'change_request'] as const;

export interface TicketBilling {
  ticket: TicketRow;
  terms: ContractTermsView;
  /** The day the request was reported, in the customer's time zone (R-B2 day counting). */
  reportedOn: string;
  /** Null while the ticket has no category (R-K8: classify first). */
  chargeability: Chargeability | null;
  estimates: EstimateWithPhases[];
  /** Whether billable work may happen now on a configuration or change request; null for other categories. */
  gate: WorkGate | null;
}

/**
 * Everything billing knows about a ticket: the contract's facts, the
 * chargeability of its category on the day it was reported (the contract's
 * overrides, then the categories its plan version includes, R-P1, then
 * R-B1..R-B6), its
 * estimates, and whether billable work is allowed now (R-B4, R-B6). Free
 * configuration tasks are counted per calendar year of the reporting day.
 */
export async function loadTicketBilling(db: Db, ticket: TicketRow): Promise<TicketBilling> {
  const customer = await findCustomerRow(db, ticket.customerId);
  const reportedOn = dateInZone(ticket.registeredAt, customer?.timeZone ?? 'UTC');
  const terms = presentContractTerms(ticket.contractId, await findContractTermsRow(db, ticket.contractId));
  const estimates = await listTicketEstimates(db, Scope.customerOf(ticket), ticket.id);
  const needsGate = (ESTIMATE_CATEGORIES as readonly string[]).includes(ticket.category ?? '');
  const gate = needsGate ? billableWorkGate(estimates.map((e) => ({ id: e.id, version: e.version, status: e.status, phases: e.phases }))) : null;
  if (ticket.category === null) return { ticket, terms, reportedOn, chargeability: null, estimates, gate };
  const year = Number(reportedOn.slice(0, 4));
  const held = (await findFreeTask(db, ticket.id)) !== null;
  const used = await countFreeTasksUsed(db, ticket.contractId, year);
  // R-P1, R-P2: what the plan version the ticket was registered under includes.
  const pv = await findPlanVersionById(db, ticket.planVersionId);
  const chargeability = computeChargeability(
    ticket.category,
    {
      hasUpdateSubscription: terms.hasUpdateSubscription,
      vendorHosted: terms.vendorHosted,
      hasServiceContract: terms.hasServiceContract,
      configurationTakeoverDate: terms.configurationTakeoverDate,
      freeConfigurationTasksLeft: Math.max(0, terms.freeConfigurationTasksPerYear - used),
      ticketHoldsFreeTask: held,
      planIncludes: pv?.freeCategories ?? [],
      overrides: terms.categoryOverrides,
    },
    reportedOn,
  );
  return { ticket, terms, reportedOn, chargeability, estimates, gate };
}
