import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import type { Db } from '../../storage/db.js';
import { findOutboxRow, requeueOutboxRow } from '../../storage/mail-outbox.queries.js';
import { presentOutbox } from '../../presenters/mail/present-mail.js';
import { withTx } from '../../storage/with-tx.js';
import { ADMINS, authorize } from '../../core/access.js';

/**
 * An admin sends a failed (or kept) message again: it is due now, with a
 * fresh delivery age, and keeps its Message-ID. Audited. Throws NOT_FOUND,
 * TRANSITION_NOT_ALLOWED (pending or already sent).
 */
export async function retryOutboxMessage(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }) {
  authorize(input.actor, ADMINS);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const row = await findOutboxRow(tx, input.id);
    if (!row) throw new DomainError('NOT_FOUND', 'No such message.');
    if (!(await requeueOutboxRow(tx, row.id, now))) {
      throw new DomainError('TRANSITION_NOT_ALLOWED', `A ${row.status} message cannot be retried.`, { from: row.status, allowed: ['failed', 'kept'] });
    }
    await recordAudit(tx, { at: now, actor: input.actor, action: 'outbox.retried', objectType: 'outbox_message', objectId: row.id, details: { from: row.status, lastError: row.lastError } });
    return presentOutbox((await findOutboxRow(tx, row.id))!);
  });
}
