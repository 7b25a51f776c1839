import type { Actor } from '../../core/actor.js';
import { customerScope } from '../../core/contracts/tenant-scope.js';
import { DomainError } from '../../core/errors.js';
import { findCustomerRow } from '../../storage/customers.queries.js';
import type { Db } from '../../storage/db.js';
import { presentCustomer, type CustomerView } from './present-customer.js';

/** One customer; a contact may read only its own (RULES §1). Throws NOT_FOUND. */
export async function getCustomer(deps: { db: Db }, input: { actor: Actor; id: string }): Promise<CustomerView> {
  const r = await findCustomerRow(deps.db, customerScope(input.actor, input.id));
  if (!r) throw new DomainError('NOT_FOUND', 'No such customer.');
  return presentCustomer(r);
}
