import type { Actor } from '../../core/actor.js';
import { customerScope } from '../../core/contracts/tenant-scope.js';
import { DomainError } from '../../core/errors.js';
import { findContactRow } from '../../storage/contacts.queries.js';
import type { Db } from '../../storage/db.js';
import { presentContact, type ContactView } from '../../presenters/contacts/present-contact.js';

/** One contact of a customer; contacts read only their own customer's (RULES §1). Throws NOT_FOUND. */
export async function getContact(deps: { db: Db }, input: { actor: Actor; customerId: string; id: string }): Promise<ContactView> {
  const r = await findContactRow(deps.db, customerScope(input.actor, input.customerId), input.id);
  if (!r) throw new DomainError('NOT_FOUND', 'No such contact.');
  return presentContact(r);
}
