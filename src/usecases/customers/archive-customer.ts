import type { Actor } from '../../core/actor.js';
import { assertCanEditCatalogue } from '../../core/catalogue/can-edit-catalogue.js';
import type { Clock } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findCustomerRow, updateCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCustomer, type CustomerView } from '../../presenters/customers/present-customer.js';
import { withTx } from '../../storage/with-tx.js';

/** Archives a customer (never a hard delete): no new contacts or contracts. Idempotent. Throws FORBIDDEN, NOT_FOUND. */
export async function archiveCustomer(deps: { db: Db; clock: Clock }, input: { actor: Actor; id: string }): Promise<CustomerView> {
  assertCanEditCatalogue(input.actor);
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const cur = await findCustomerRow(tx, input.id, { lock: true });
    if (!cur) throw new DomainError('NOT_FOUND', 'No such customer.');
    if (cur.archivedAt) return presentCustomer(cur);
    const r = await updateCustomerRow(tx, cur.id, { archivedAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'customer.archived', objectType: 'customer', objectId: cur.id });
    return presentCustomer(r!);
  });
}
