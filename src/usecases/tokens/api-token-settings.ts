import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { ADMINS, authorize } from '../../core/access.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { getApiTokenSettingsRow, updateApiTokenSettingsRow, type ApiTokenSettingsRow } from '../../storage/tokens.queries.js';
import { withTx } from '../../storage/with-tx.js';
import type { ApiTokenSettingsView } from '../../views/tokens.js';

const present = (r: ApiTokenSettingsRow): ApiTokenSettingsView => ({ defaultDays: r.defaultDays, maxDays: r.maxDays, updatedAt: r.updatedAt.toISOString() });

/** How long new personal API tokens live: the default and the maximum, in days (administrators). Throws FORBIDDEN. */
export async function getApiTokenSettings(deps: { db: Db }, input: { actor: Actor }): Promise<ApiTokenSettingsView> {
  authorize(input.actor, ADMINS);
  return present(await getApiTokenSettingsRow(deps.db));
}

/**
 * Sets the default and maximum lifetime of new API tokens (administrators;
 * audited). Tokens already made keep their expiry. Throws FORBIDDEN,
 * VALIDATION_FAILED when the default would exceed the maximum.
 */
export async function updateApiTokenSettings(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; patch: { defaultDays?: number; maxDays?: number } },
): Promise<ApiTokenSettingsView> {
  const { actor, patch } = input;
  authorize(actor, ADMINS);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const current = await getApiTokenSettingsRow(tx);
    const next = { defaultDays: patch.defaultDays ?? current.defaultDays, maxDays: patch.maxDays ?? current.maxDays };
    if (next.defaultDays > next.maxDays) {
      throw new DomainError('VALIDATION_FAILED', 'The default lifetime cannot exceed the maximum.', [{ path: 'body.defaultDays', problem: `at most maxDays (${next.maxDays})` }]);
    }
    const r = await updateApiTokenSettingsRow(tx, { ...next, updatedAt: now, updatedBy: actor.id });
    await recordAudit(tx, { at: now, actor, action: 'tokens.settings_updated', objectType: 'api_token_settings', objectId: 'default', details: next });
    return present(r);
  });
}
