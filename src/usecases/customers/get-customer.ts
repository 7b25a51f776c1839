import type { Actor } from '../../core/actor.js';
import { DomainError } from '../../core/errors.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCustomer, type CustomerView } from '../../presenters/customers/present-customer.js';
import { Scope } from '../../core/scope.js';
import { authorize, STAFF_OR_CUSTOMER } from '../../core/access.js';

/** One customer; a contact may read only its own (RULES §1). Throws NOT_FOUND. */
export async function getCustomer(deps: { db: Db }, input: { actor: Actor; id: string }): Promise<CustomerView> {
  authorize(input.actor, STAFF_OR_CUSTOMER);
  Scope.within(Scope.of(input.actor), input.id); // a contact of another customer: NOT_FOUND
  const r = await findCustomerRow(deps.db, input.id);
  if (!r) throw new DomainError('NOT_FOUND', 'No such customer.');
  return presentCustomer(r);
}
