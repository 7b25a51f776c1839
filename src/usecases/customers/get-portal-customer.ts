import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCustomerForPortal, type CustomerView } from '../../presenters/customers/present-customer.js';

/** The portal's "my customer": the signed-in contact's own customer, without internal notes (RULES §1). Throws FORBIDDEN for non-contacts, NOT_FOUND. */
export async function getPortalCustomer(deps: { db: Db }, input: { actor: Actor }): Promise<Omit<CustomerView, 'notes'>> {
  if (input.actor.kind !== 'contact') throw new DomainError('FORBIDDEN', 'Only a customer contact has a portal customer.');
  const row = await findCustomerRow(deps.db, input.actor.customerId);
  if (!row || row.archivedAt) throw new DomainError('NOT_FOUND', 'No such customer.');
  return presentCustomerForPortal(row);
}
