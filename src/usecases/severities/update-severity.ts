import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findSeverityRow, updateSeverityRow } from '../../storage/severities.queries.js';
import { presentSeverity, type Localized, type SeverityView } from '../../presenters/severities/present-severity.js';
import { withTx } from '../../storage/with-tx.js';

/** R-K2: changes a severity's rank, names or definitions (the code is its identity). Throws FORBIDDEN, NOT_FOUND. */
export async function updateSeverity(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; code: string; rank?: number; names?: Localized; definitions?: Partial<Localized> },
): Promise<SeverityView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findSeverityRow(tx, input.code);
    if (!cur) throw new DomainError('NOT_FOUND', 'No such severity.');
    const patch = { rank: input.rank ?? cur.rank, names: input.names ?? cur.names, definitions: input.definitions ?? cur.definitions };
    const r = await updateSeverityRow(tx, cur.code, patch);
    await recordAudit(tx, { at: now, actor: input.actor, action: 'severity.updated', objectType: 'severity', objectId: cur.code, details: { rank: patch.rank } });
    return presentSeverity(r!);
  });
}
