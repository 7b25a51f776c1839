import type { Actor } from '../../core/actor.js';
import type { Clock } from '../../core/clock.js';
import { assertCanEditContacts } from '../../core/contracts/tenant-scope.js';
import { DomainError } from '../../core/errors.js';
import { recordAudit } from '../../storage/audit.queries.js';
import { findContactRow, updateContactRow } from '../../storage/contacts.queries.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContact, type ContactView } from '../../presenters/contacts/present-contact.js';
import { withTx } from '../../storage/with-tx.js';

/**
 * Archives a contact (never a hard delete): it no longer counts against the
 * cap (R-C2), cannot sign in, and frees its email. An administrator contact
 * may not archive itself. Idempotent. Throws NOT_FOUND, FORBIDDEN.
 */
export async function archiveContact(
  deps: { db: Db; clock: Clock },
  input: { actor: Actor; customerId: string; id: string },
): Promise<ContactView> {
  assertCanEditContacts(input.actor, input.customerId);
  if (input.actor.kind === 'contact' && input.actor.id === input.id) {
    throw new DomainError('FORBIDDEN', 'You cannot archive yourself; ask your vendor to name another administrator first.');
  }
  const now = deps.clock.now();
  return withTx(deps.db, async (tx) => {
    const customer = await findCustomerRow(tx, input.customerId, { lock: true });
    const cur = customer ? await findContactRow(tx, customer.id, input.id) : null;
    if (!customer || !cur) throw new DomainError('NOT_FOUND', 'No such contact.');
    if (cur.archivedAt) return presentContact(cur);
    const row = await updateContactRow(tx, customer.id, cur.id, { archivedAt: now, updatedAt: now });
    await recordAudit(tx, { at: now, actor: input.actor, action: 'contact.archived', objectType: 'contact', objectId: cur.id, details: { customerId: customer.id } });
    return presentContact(row!);
  });
}
