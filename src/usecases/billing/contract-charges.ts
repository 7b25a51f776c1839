import type { Actor } from '../../core/actor.js';
import { computeActivationCharge } from '../../core/billing/pricing.js';
import { isIsoDate } from '../../core/catalogue/dates.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { cancelChargeRow, findChargeRow, listContractChargeRows, listIncreaseRows } from '../../storage/billing-charges.queries.js';
import { getBillingSettingsRow } from '../../storage/billing-terms.queries.js';
import { findContractRow } from '../../storage/contracts.queries.js';
import type { Db } from '../../storage/db.js';
import type { ActivationPreview } from '../../views/pricing.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { presentCharge } from '../../presenters/billing/present-charge.js';
import { presentIncrease } from './record-yearly-increase.js';
import { withTx } from '../../storage/with-tx.js';
import { Scope } from '../../core/scope.js';
import { authorize, MANAGERS } from '../../core/access.js';

/** A contract's fee charges and recorded increases (R-P7..R-P10). Throws NOT_FOUND. */
export async function listContractCharges(deps: { db: Db }, input: { actor: Actor; contractId: string }) {
  authorize(input.actor, MANAGERS);
  const c = await findContractRow(deps.db, Scope.of(input.actor), input.contractId);
  if (!c) throw new DomainError('NOT_FOUND', 'No such contract.');
  return { items: (await listContractChargeRows(deps.db, c.id)).map(presentCharge), increases: (await listIncreaseRows(deps.db, c.id)).map(presentIncrease) };
}

/** Cancels a charge that no live invoice bills yet (audited). Throws FORBIDDEN, NOT_FOUND, ALREADY_INVOICED. */
export async function cancelCharge(deps: { db: Db; clock: Clock }, input: { actor: Actor; contractId: string; chargeId: string }) {
  assertBillingManager(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const ch = await findChargeRow(tx, input.chargeId);
    if (!ch || ch.contractId !== input.contractId || ch.cancelledAt) throw new DomainError('NOT_FOUND', 'No such live charge.');
    if (ch.invoiceId) throw new DomainError('ALREADY_INVOICED', 'The charge is on an invoice; credit the invoice instead.', { invoiceId: ch.invoiceId });
    await cancelChargeRow(tx, ch.id, now, input.actor.id);
    await recordAudit(tx, { at: now, actor: input.actor, action: 'contract.charge_cancelled', objectType: 'contract', objectId: ch.contractId, details: { chargeId: ch.id } });
    return presentCharge({ ...ch, cancelledAt: now });
  });
}

/**
 * R-P7 preview for the UI: what an activation on `acceptanceDate` would cost
 * at `yearlyPriceCents`, with the month-counting rule spelled out. Pure
 * apart from reading the 31 August setting. Throws VALIDATION_FAILED.
 */
export async function previewActivation(deps: { db: Db }, input: { yearlyPriceCents: number; acceptanceDate: string }): Promise<ActivationPreview> {
  if (!isIsoDate(input.acceptanceDate)) throw new DomainError('VALIDATION_FAILED', 'Not a date.', [{ path: 'querystring.acceptanceDate', problem: 'expected YYYY-MM-DD' }]);
  const s = await getBillingSettingsRow(deps.db);
  const q = computeActivationCharge({ ...input, augustThirtyFirstCounts: s.august31Counts });
  return { ...q, fraction: `${q.months}/12`, august31Counts: s.august31Counts, rule: 'The month of acceptance counts as a whole month; on or before 31 August the term ends on 31 December (remaining/12), after it on 31 December of the next year ((remaining + 12)/12).' };
}
