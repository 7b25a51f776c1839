import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findSeverityRow, updateSeverityRow } from '../../storage/severities.queries.js';
import { presentSeverity, type SeverityView } from '../../presenters/severities/present-severity.js';
import { withTx } from '../../storage/with-tx.js';

/** Archives a severity: no longer offered for new tickets; plan versions naming it stay valid. Idempotent. Throws FORBIDDEN, NOT_FOUND. */
export async function archiveSeverity(deps: { db: Db; clock: Clock }, input: { actor: Actor; code: string }): Promise<SeverityView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findSeverityRow(tx, input.code);
    if (!cur) throw new DomainError('NOT_FOUND', 'No such severity.');
    if (cur.archivedAt) return presentSeverity(cur);
    const r = await updateSeverityRow(tx, cur.code, { archivedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'severity.archived', objectType: 'severity', objectId: cur.code });
    return presentSeverity(r!);
  });
}
