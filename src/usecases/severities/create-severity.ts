import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findSeverityRow, insertSeverityRow } from '../../storage/severities.queries.js';
import { presentSeverity, type Localized, type SeverityView } from '../../presenters/severities/present-severity.js';
import { withTx } from '../../storage/with-tx.js';

/** R-K2: adds a severity (code a-z0-9_, rank: lower = more severe). Throws FORBIDDEN, CONFLICT (code in use). */
export async function createSeverity(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; code: string; rank: number; names: Localized; definitions?: Partial<Localized> },
): Promise<SeverityView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    if (await findSeverityRow(tx, input.code)) {
      throw new DomainError('CONFLICT', `A severity with code ${input.code} exists.`, [{ path: 'code', problem: 'already in use' }]);
    }
    const r = await insertSeverityRow(tx, { code: input.code, rank: input.rank, names: input.names, definitions: input.definitions ?? {} });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'severity.created', objectType: 'severity', objectId: r.code });
    return presentSeverity(r);
  });
}
