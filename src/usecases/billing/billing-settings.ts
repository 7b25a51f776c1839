import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { getBillingSettingsRow, updateBillingSettingsRow, type BillingSettingsRow } from '../../storage/billing-terms.queries.js';
import type { Db } from '../../storage/db.js';
import type { BillingSettingsView } from '../../views/billing.js';
import { assertBillingManager } from '../../core/billing/billing-access.js';
import { withTx } from '../../storage/with-tx.js';
import { authorize, MANAGERS } from '../../core/access.js';

export type { BillingSettingsView };

const present = (r: BillingSettingsRow): BillingSettingsView => ({ august31Counts: r.august31Counts, invoiceSeries: r.invoiceSeries, creditNoteSeries: r.creditNoteSeries, updatedAt: r.updatedAt.toISOString() });

/** The vendor's billing settings (admins and managers). Throws FORBIDDEN. */
export async function getBillingSettings(deps: { db: Db }, input: { actor: Actor }): Promise<BillingSettingsView> {
  authorize(input.actor, MANAGERS);
  return present(await getBillingSettingsRow(deps.db));
}

/** Changes billing settings (admins and managers; audited). Throws FORBIDDEN. */
export async function updateBillingSettings(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; patch: Partial<Pick<BillingSettingsView, 'august31Counts' | 'invoiceSeries' | 'creditNoteSeries'>> },
): Promise<BillingSettingsView> {
  assertBillingManager(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const r = await updateBillingSettingsRow(tx, { ...input.patch, updatedAt: now, updatedBy: input.actor.id });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'billing.settings_updated', objectType: 'billing_settings', objectId: 'default', details: { fields: Object.keys(input.patch) } });
    return present(r);
  });
}
