import { parseIsoDate } from '../time/civil-date.js';
import { TICKET_CATEGORIES } from '../enums.js';

/** Request categories (R-B1..R-B6). */
export const BILLING_CATEGORIES = TICKET_CATEGORIES;
export type BillingCategory = (typeof BILLING_CATEGORIES)[number];

/** R-P1: a contract's own word on one category, over the plan's included categories and the R-B* rules. */
export type CategoryOverride = 'free' | 'billable';
export type CategoryOverrides = Partial<Record<BillingCategory, CategoryOverride>>;

const RULE_OF: Record<BillingCategory, ChargeRuleId> = {
  bug: 'R-B1', configuration_error: 'R-B2', advice: 'R-B3', configuration_request: 'R-B4', feature_suggestion: 'R-B5', change_request: 'R-B6',
};

export type ChargeRuleId = 'R-B1' | 'R-B2' | 'R-B3' | 'R-B4' | 'R-B5' | 'R-B6';

/** What the contract says about who pays (stored per contract in contract_terms). */
export interface ContractBillingFacts {
  /** R-B1: the customer subscribes to updates. */
  hasUpdateSubscription: boolean;
  /** R-B1: the vendor hosts the application (SaaS). */
  vendorHosted: boolean;
  /** R-B3: the customer has a service contract. */
  hasServiceContract: boolean;
  /** R-B2: the day the customer took the configuration over ('YYYY-MM-DD'), null while the partner still configures. */
  configurationTakeoverDate: string | null;
  /** R-B4: free configuration tasks left in the calendar year of `date`. */
  freeConfigurationTasksLeft: number;
  /** R-B4: this ticket already uses one of the year's free configuration tasks. */
  ticketHoldsFreeTask: boolean;
  /** R-P1: categories the ticket's plan version includes (its `freeCategories`): free by default. */
  planIncludes?: readonly string[];
  /** R-P1: the contract's overrides per category (recorded in contract_terms), stronger than the plan. */
  overrides?: CategoryOverrides;
}

/** R-B2: the customer verifies within 30 days of takeover; day 30 is still free, day 31 is billable. */
export const CONFIGURATION_VERIFY_DAYS = 30;

export interface Chargeability {
  billable: boolean;
  /** One sentence a customer can read (English; `reasonKey` + `dayAfterTakeover`/`freeTasksLeft` let a UI translate it). */
  reason: string;
  reasonKey: string;
  ruleId: ChargeRuleId;
  /** R-B4/R-B6: billable work waits for an approved estimate. */
  needsEstimate: boolean;
  /** R-B2 only: day number since takeover (takeover day = day 0). */
  dayAfterTakeover?: number;
  /** R-B4 only: whether a free configuration task covers this ticket ('held') or would ('available'). */
  freeTask?: 'held' | 'available';
  /** R-B4 only: free configuration tasks left this year. */
  freeTasksLeft?: number;
}

/**
 * R-P1, R-B1..R-B6, R-K8: who pays for a request of `category` under the
 * contract's facts, on `date`. Order: the contract's override for the
 * category, then the plan's included categories (free), then the R-B* rules
 * below on the contract's facts. `date` is 'YYYY-MM-DD', the day the request
 * was reported, in the customer's time zone.
 *
 * Day counting (R-B2): the takeover day is day 0, the next calendar day is
 * day 1, and so on. A configuration error reported on day 0..30 is the
 * partner's (free); from day 31 it is billable. Reported before takeover, or
 * with no takeover date recorded, the configuration is still the partner's
 * (free). Throws RangeError for a malformed date.
 */
export function computeChargeability(category: BillingCategory, facts: ContractBillingFacts, date: string): Chargeability {
  // R-P1: the contract's own word first, then what the plan includes, then the R-B* rules.
  const override = facts.overrides?.[category];
  if (override === 'free') return free(RULE_OF[category], 'contract_override_free', 'This contract includes this kind of request free of charge.');
  if (override === 'billable') {
    const estimate = category === 'configuration_request' || category === 'change_request';
    return { ...charged(RULE_OF[category], 'contract_override_billable', 'This contract bills this kind of request at the tariff.'), needsEstimate: estimate };
  }
  if (facts.planIncludes?.includes(category)) {
    return free(RULE_OF[category], 'included_in_plan', 'The support plan includes this kind of request: it is free of charge.');
  }
  return byRule(category, facts, date);
}

function byRule(category: BillingCategory, facts: ContractBillingFacts, date: string): Chargeability {
  switch (category) {
    case 'bug':
      if (facts.vendorHosted) return free('R-B1', 'bug_hosted', 'A bug on the vendor\'s hosting (SaaS) is fixed free of charge.');
      if (facts.hasUpdateSubscription) return free('R-B1', 'bug_subscription', 'A bug is fixed free of charge by an update under the update subscription.');
      return charged('R-B1', 'bug_no_subscription', 'Without an update subscription or vendor hosting, fixing a bug means updating or ordering services, billed at the tariff.');
    case 'configuration_error':
      return configurationError(facts, date);
    case 'advice':
      return facts.hasServiceContract
        ? free('R-B3', 'advice_service_contract', 'Advice and problem identification are free under the service contract.')
        : charged('R-B3', 'advice_no_service_contract', 'Without a service contract, advice and problem identification are billed at the tariff.');
    case 'configuration_request': {
      const left = facts.freeConfigurationTasksLeft;
      if (facts.ticketHoldsFreeTask) return { ...free('R-B4', 'configuration_free_task_held', 'This configuration task is one of the contract\'s free tasks of the year.'), freeTask: 'held', freeTasksLeft: left };
      if (left > 0) return { ...free('R-B4', 'configuration_free_task_available', `A free configuration task of the contract covers this request (${left} left this year).`), freeTask: 'available', freeTasksLeft: left };
      return { ...charged('R-B4', 'configuration_request_billable', 'A configuration request is billable: the customer\'s administrator approves an estimate before work starts.'), needsEstimate: true, freeTasksLeft: 0 };
    }
    case 'feature_suggestion':
      return free('R-B5', 'feature_suggestion_free', 'A feature suggestion is free; it goes to the roadmap (ask for a quote to have it built).');
    case 'change_request':
      return { ...charged('R-B6', 'change_request_billable', 'A new or changed requirement is not a bug: it is billed by separate agreement, after an approved estimate.'), needsEstimate: true };
  }
}

function configurationError(facts: ContractBillingFacts, date: string): Chargeability {
  const day = daysBetween(facts.configurationTakeoverDate, date);
  const limit = CONFIGURATION_VERIFY_DAYS;
  if (day === null) return free('R-B2', 'configuration_not_taken_over', 'The configuration has not been taken over yet: the configuring partner fixes its errors free of charge.');
  if (day < 0) return { ...free('R-B2', 'configuration_before_takeover', 'Reported before the configuration takeover: the configuring partner fixes it free of charge.'), dayAfterTakeover: day };
  if (day <= limit) return { ...free('R-B2', 'configuration_within_verification', `Reported on day ${day} after the configuration takeover (free up to day ${limit}).`), dayAfterTakeover: day };
  return { ...charged('R-B2', 'configuration_after_verification', `Reported on day ${day} after the configuration takeover: from day ${limit + 1}, configuration fixes are billable.`), dayAfterTakeover: day };
}

/** Calendar days from `from` to `to` (both 'YYYY-MM-DD'); null when `from` is null. */
export function daysBetween(from: string | null, to: string): number | null {
  if (from === null) return null;
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (a === null || b === null) throw new RangeError(`Not a date: ${a === null ? from : to}`);
  return b - a;
}

const free = (ruleId: ChargeRuleId, reasonKey: string, reason: string): Chargeability => ({ billable: false, reason, reasonKey, ruleId, needsEstimate: false });
const charged = (ruleId: ChargeRuleId, reasonKey: string, reason: string): Chargeability => ({ billable: true, reason, reasonKey, ruleId, needsEstimate: false });
