import type { Actor } from '../../core/actor.js';
import type { RoundingRule } from '../../core/billing/billing-units.js';
import { BILLING_CATEGORIES, type CategoryOverrides } from '../../core/billing/chargeability.js';
import { isIsoDate } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findContractTermsRow, upsertContractTermsRow } from '../../storage/billing-terms.queries.js';
import { findContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { presentContractTerms, type ContractTermsView } from './contract-terms.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';

export interface ContractTermsPatch {
  hasUpdateSubscription?: boolean;
  vendorHosted?: boolean;
  hasServiceContract?: boolean;
  configurationTakeoverDate?: string | null;
  freeConfigurationTasksPerYear?: number;
  billingUnitMinutes?: number;
  roundingRule?: RoundingRule;
  overageTicketPriceCents?: number | null;
  /** R-P1: replaces the contract's overrides per category ({} = follow the plan). */
  categoryOverrides?: CategoryOverrides;
}

/**
 * Sets a contract's billing facts (R-B1..R-B4 chargeability, R-B7 unit and
 * rounding, R-P5 overage price); omitted fields keep their value. Audited.
 * Throws FORBIDDEN, NOT_FOUND, VALIDATION_FAILED.
 */
export async function setContractTerms(deps: { db: Db; clock: Clock }, input: { actor: Actor; contractId: string; patch: ContractTermsPatch }): Promise<ContractTermsView> {
  assertBillingManager(input.actor);
  const { patch } = input;
  if (patch.configurationTakeoverDate && !isIsoDate(patch.configurationTakeoverDate)) {
    throw new DomainError('VALIDATION_FAILED', 'Not a date.', [{ path: 'body.configurationTakeoverDate', problem: 'expected YYYY-MM-DD' }]);
  }
  assertOverrides(patch.categoryOverrides);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const contract = await findContractRow(tx, Scope.of(input.actor), input.contractId);
    if (!contract) throw new DomainError('NOT_FOUND', 'No such contract.');
    const cur = presentContractTerms(contract.id, await findContractTermsRow(tx, contract.id, { lock: true }));
    const { stored: _s, updatedAt: _u, contractId: _c, ...values } = { ...cur, ...stripUndefined(patch) };
    const row = await upsertContractTermsRow(tx, { contractId: contract.id, ...values, updatedAt: now, updatedBy: input.actor.id });
    // R-P1: an override of what the plan includes is recorded with what it was before.
    const overrides = patch.categoryOverrides ? { categoryOverrides: { from: cur.categoryOverrides, to: patch.categoryOverrides } } : {};
    await recordAudit(tx, { at: now, actor: input.actor, action: 'contract.billing_terms_set', objectType: 'contract', objectId: contract.id, details: { fields: Object.keys(stripUndefined(patch)), ...overrides } });
    return presentContractTerms(contract.id, row);
  });
}

/** Throws VALIDATION_FAILED for an unknown category or a value other than 'free' / 'billable'. */
function assertOverrides(o: CategoryOverrides | undefined): void {
  if (!o) return;
  const issues = Object.entries(o).flatMap(([k, v]) => [
    ...((BILLING_CATEGORIES as readonly string[]).includes(k) ? [] : [{ path: `body.categoryOverrides.${k}`, problem: 'no such request category' }]),
    ...(v === 'free' || v === 'billable' ? [] : [{ path: `body.categoryOverrides.${k}`, problem: "expected 'free' or 'billable'" }]),
  ]);
  if (issues.length) throw new DomainError('VALIDATION_FAILED', 'The category overrides are invalid.', issues);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
